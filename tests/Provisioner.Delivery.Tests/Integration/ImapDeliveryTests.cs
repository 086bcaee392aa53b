using System.Text.Json;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Provisioner.Delivery.Tests.MailServers;

namespace Provisioner.Delivery.Tests.Integration;

/// <summary>
/// <c>provisioner test</c> against a real relay and a real mailbox: lab devices send their test alerts to a
/// private Postfix configured from our own rendered map, Dovecot serves the shared mailbox over IMAPS, and the
/// command reads them back (<see cref="DeliveryRig"/>).
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ImapDeliveryTests(DeliveryRig rig) : IClassFixture<DeliveryRig>
{
    [MailPeersFact]
    public void Apply_RigInventoryThroughTheLab_Succeeds()
    {
        Assert.True(rig.Apply.ExitCode == 0, rig.Apply.Output + rig.Apply.Error);
    }

    [MailPeersFact]
    public async Task Test_DeviceThroughBothGroups_IsDeliveredWithLatencyAndBothGroups()
    {
        var device = await DeviceAsync(RigInventory.Delivers);

        Assert.Equal("delivered", device.GetProperty("status").GetString());
        Assert.Equal(["alerts-power", "alerts-critical"], Strings(device, "groups_reached"));
        Assert.Empty(Strings(device, "groups_missed"));
        Assert.True(device.GetProperty("latency_ms").GetInt64() >= 0);
        Assert.Equal("sender and time", device.GetProperty("correlated_by").GetString());
    }

    [MailPeersFact]
    public async Task Test_DeviceThatCarriesTheToken_IsMatchedByToken()
    {
        var device = await DeviceAsync(RigInventory.Tokened);

        Assert.Equal("delivered", device.GetProperty("status").GetString());
        Assert.Equal("token", device.GetProperty("correlated_by").GetString());
        Assert.Equal(["alerts-systems", "alerts-critical"], Strings(device, "groups_reached"));
    }

    [MailPeersFact]
    public async Task Test_GroupMissingFromTheAliasMap_IsNamedAsMissed()
    {
        var device = await DeviceAsync(RigInventory.GroupGap);

        Assert.Equal("partially-delivered", device.GetProperty("status").GetString());
        Assert.Equal([DeliveryRig.MissingGroup], Strings(device, "groups_missed"));
        Assert.Equal(["alerts-critical"], Strings(device, "groups_reached"));
        Assert.Contains("550", device.GetProperty("device_result").GetString(), StringComparison.Ordinal);
    }

    [MailPeersFact]
    public async Task Test_DevicePointedAtTheWrongRelay_IsNotDeliveredAndQuotesItsResult()
    {
        var device = await DeviceAsync(RigInventory.WrongRelay);

        Assert.Equal("not-delivered", device.GetProperty("status").GetString());
        Assert.Equal("receiver 1: 9999, receiver 2: 9999", device.GetProperty("device_result").GetString());
        Assert.Empty(Strings(device, "groups_reached"));
    }

    [MailPeersFact]
    public async Task Test_SenderRangeTheRelayRefuses_IsRejectedOnTheWay()
    {
        var device = await DeviceAsync(RigInventory.Refused);

        Assert.Equal("rejected", device.GetProperty("status").GetString());
        Assert.Equal("receiver 1: 554, receiver 2: 554", device.GetProperty("device_result").GetString());
    }

    [MailPeersFact]
    public async Task Test_DeviceThatCannotSelfTest_SaysWhichButtonThenAwait()
    {
        var device = await DeviceAsync(RigInventory.Manual);

        Assert.Equal("cannot-self-test", device.GetProperty("status").GetString());
        var step = device.GetProperty("manual_step").GetString();
        Assert.Contains("https://10.6.10.16/", step, StringComparison.Ordinal);
        Assert.Contains($"provisioner test {rig.Inventory} --await {RigInventory.Manual}", step, StringComparison.Ordinal);
    }

    [MailPeersFact]
    public async Task Test_AnyDeviceNotDelivered_ExitsOne()
    {
        var run = await rig.AllDevices;

        Assert.True(run.ExitCode == 1, run.Output + run.Error);
        Assert.Equal(1, Report(run).GetProperty("schema_version").GetInt32());
    }

    [MailPeersFact]
    public async Task Test_EveryDeviceDeliversWithCleanup_ExitsZeroAndEmptiesTheMailboxOfThem()
    {
        var report = Path.Combine(rig.Inventory, "delivered.md");
        static bool Tested(string sender) => sender.StartsWith(RigInventory.Delivers + "@", StringComparison.Ordinal) || sender.StartsWith(RigInventory.Tokened + "@", StringComparison.Ordinal);
        var before = (await SendersInMailboxAsync()).Count(Tested);

        var run = await rig.RunCliAsync("test", rig.Inventory, "--lab", rig.LabMapPath, "--device", RigInventory.Delivers, "--device", RigInventory.Tokened, "--cleanup", "-o", "junit", "--report", report);

        Assert.True(run.ExitCode == 0, run.Output + run.Error + rig.Postfix.Log + rig.Dovecot.Log);
        Assert.Contains("tests=\"2\" failures=\"0\"", run.Output, StringComparison.Ordinal);
        var markdown = await File.ReadAllTextAsync(report);
        rig.Outputs.Add(markdown);
        Assert.Matches(@"Cleanup: [1-9]\d* confirmed test message\(s\) deleted", markdown);
        // The copies of earlier runs stay; this run's confirmed copies are gone.
        Assert.Equal(before, (await SendersInMailboxAsync()).Count(Tested));
    }

    [MailPeersFact]
    public async Task Test_Await_SeesTheMessageAPersonTriggers()
    {
        var run = rig.RunCliAsync("test", rig.Inventory, "--lab", rig.LabMapPath, "--await", RigInventory.Delivers, "--timeout", "30", "-o", "json");
        await Task.Delay(TimeSpan.FromSeconds(2));
        await PressTestButtonAsync(RigInventory.Delivers, ["alerts-power@contoso.com", "alerts-critical@contoso.com"]);

        var result = await run;

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        var device = Report(result).GetProperty("devices")[0];
        Assert.Equal("delivered", device.GetProperty("status").GetString());
        Assert.False(device.TryGetProperty("token", out _));
    }

    [MailPeersFact]
    public async Task Test_WrongImapPassword_ExitsOneNamingTheMailboxNotThePassword()
    {
        const string wrong = "wrong-imap-canary-42d1";

        var run = await rig.RunCliAsync(new Dictionary<string, string> { ["RIG_IMAP_PASSWORD"] = wrong }, "test", rig.Inventory, "--lab", rig.LabMapPath, "--device", RigInventory.Delivers, "-o", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("refused the login of 'administrator@contoso.com'", Report(run).GetProperty("mailbox_problem").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(wrong, run.Output + run.Error, StringComparison.Ordinal);
    }

    [MailPeersFact]
    public async Task Everything_NeverPrintsASecret()
    {
        await rig.AllDevices;
        var log = Path.Combine(rig.Inventory, "test.log");
        var report = Path.Combine(rig.Inventory, "canary.xml");
        await rig.RunCliAsync("test", rig.Inventory, "--lab", rig.LabMapPath, "-o", "markdown", "--timeout", "5", "--report", report, "-v", "--log-file", log);
        rig.Outputs.Add(await File.ReadAllTextAsync(log));
        rig.Outputs.Add(await File.ReadAllTextAsync(report));

        string[] canaries = [DeliveryRig.ImapPassword, DeliveryRig.Community, rig.Environment["RIG_HTTP_PW"]];
        foreach (var output in rig.Outputs.ToList())
        {
            foreach (var canary in canaries)
            {
                Assert.DoesNotContain(canary, output, StringComparison.Ordinal);
            }
        }
    }

    private async Task<JsonElement> DeviceAsync(string name)
    {
        var run = await rig.AllDevices;
        var devices = Report(run).GetProperty("devices").EnumerateArray().ToList();
        return devices.Single(d => d.GetProperty("device").GetString() == name);
    }

    private static JsonElement Report(CliResult run)
    {
        try
        {
            return JsonDocument.Parse(run.Output).RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"Not JSON ({ex.Message}):\n{run.Output}\n{run.Error}", ex);
        }
    }

    private static string[] Strings(JsonElement device, string property) =>
        [.. device.GetProperty(property).EnumerateArray().Select(e => e.GetString()!)];

    private async Task<List<string>> SendersInMailboxAsync()
    {
        var options = new ImapMailboxOptions
        {
            Host = "127.0.0.1",
            Port = rig.Dovecot.Port,
            User = "administrator@contoso.com",
            Password = new Abstractions.Secret(DeliveryRig.ImapPassword),
            CertificatePin = rig.Dovecot.CertificatePin,
        };
        await using var reader = new ImapMailboxReader(options);
        return [.. (await reader.FetchAsync(DateTimeOffset.UtcNow.AddHours(-1), CancellationToken.None)).Select(m => m.Sender)];
    }

    /// <summary>What the device's test button does: its test alert, from its sender to its groups, through the relay.</summary>
    private async Task PressTestButtonAsync(string device, string[] groups)
    {
        using var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse($"{device}@contoso.com"));
        message.To.AddRange(groups.Select(MailboxAddress.Parse));
        message.Subject = $"Test email from {device}";
        message.Body = new TextPart("plain") { Text = "Test button pressed in the web UI." };
        using var client = new SmtpClient();
        await client.ConnectAsync("127.0.0.1", rig.Postfix.Port, SecureSocketOptions.None);
        await client.SendAsync(message);
        await client.DisconnectAsync(quit: true);
    }
}
