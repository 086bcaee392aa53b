using System.Text.Json.Nodes;
using Provisioner.Abstractions;
using Provisioner.Core;
using Provisioner.Drivers.Raritan.Tests.Conformance;

namespace Provisioner.Drivers.Raritan.Tests;

public sealed class RaritanPxDriverTests(PxHarness harness) : IClassFixture<PxHarness>
{
    private OpenRequest Open(SessionMode mode) => new()
    {
        DeviceName = harness.Target.Name,
        Address = harness.Target.Address,
        Port = harness.Target.Port,
        Credentials = harness.Target.Credentials,
        Secrets = harness.Secrets,
        Trust = harness.Target.Trust,
        Mode = mode,
        Timeout = TimeSpan.FromSeconds(5),
    };

    private Task<DeviceResult> RunAsync(DeviceTarget target, RunMode mode) =>
        new DeviceEngine(new DriverCatalog([harness.Driver]), harness.Secrets, new SecretRedactor(), harness.EngineOptions, TimeProvider.System)
            .RunAsync(target, mode, CancellationToken.None);

    private DeviceTarget WithRecipients(params string[] addresses) =>
        harness.Target with { Desired = harness.Target.Desired with { Recipients = [.. addresses.Select(a => new Recipient(a))] } };

    private List<string> ActionNames() => [.. harness.Model.Actions().Select(a => a["name"]!.GetValue<string>())];

    [Fact]
    public async Task IdentifyAsync_ReportsTheNameplate()
    {
        await harness.ResetAsync(CancellationToken.None);
        await using var session = await harness.Driver.OpenAsync(Open(SessionMode.ReadOnly), CancellationToken.None);

        var id = await session.IdentifyAsync(CancellationToken.None);

        Assert.Equal(("Raritan", "PX3-5190R", "3.6.0.5-46589", "QAB1234567"), (id.Vendor, id.Model, id.Firmware, id.Serial));
        Assert.Equal("PKE0954001", id.Detail("ctrlBoardSerial"));
        Assert.True(PxDescriptor.Value.Identity!.Matches(id));
    }

    [Fact]
    public async Task Recipients_ChangeOnlyTheProvisionerNamedActions()
    {
        await harness.ResetAsync(CancellationToken.None);
        var foreign = harness.Model.Actions().Where(a => !a["name"]!.GetValue<string>().StartsWith("Provisioner mail ", StringComparison.Ordinal)).Select(a => a.ToJsonString()).ToList();

        Assert.Equal(DeviceOutcome.Changed, (await RunAsync(harness.Target, RunMode.Apply)).Outcome);
        var firstIds = harness.Model.Actions().Where(a => a["name"]!.GetValue<string>().StartsWith("Provisioner mail ", StringComparison.Ordinal)).Select(a => a["id"]!.GetValue<string>()).ToList();
        Assert.Equal(DeviceOutcome.Changed, (await RunAsync(WithRecipients("ops@example.com", "noc@example.com"), RunMode.Apply)).Outcome);

        var after = harness.Model.Actions();
        Assert.Equal(foreign, after.Where(a => !a["name"]!.GetValue<string>().StartsWith("Provisioner mail ", StringComparison.Ordinal)).Select(a => a.ToJsonString()));
        var mine = after.Where(a => a["name"]!.GetValue<string>().StartsWith("Provisioner mail ", StringComparison.Ordinal)).ToList();
        Assert.Equal(["Provisioner mail ops@example.com", "Provisioner mail noc@example.com"], mine.Select(a => a["name"]!.GetValue<string>()));
        Assert.Equal(firstIds, mine.Select(a => a["id"]!.GetValue<string>()));
        var args = mine[1]["arguments"]!.AsArray().Select(kv => (kv!["key"]!.GetValue<string>(), kv["value"]!.GetValue<string>())).ToList();
        Assert.Equal([("Recipient1", "noc@example.com"), ("OverrideSmtp", "0")], args);
        Assert.Contains(ActionNames(), n => n == "System Event Log Action");
    }

    [Fact]
    public async Task Recipients_Reordered_AreRewrittenInOrder_AndEmptyListDeletesOnlyOurs()
    {
        await harness.ResetAsync(CancellationToken.None);
        await RunAsync(harness.Target, RunMode.Apply);

        Assert.Equal(DeviceOutcome.Changed, (await RunAsync(WithRecipients("power@example.com", "ops@example.com"), RunMode.Apply)).Outcome);
        Assert.Equal(["Provisioner mail power@example.com", "Provisioner mail ops@example.com"], ActionNames().Where(n => n.StartsWith("Provisioner", StringComparison.Ordinal)));
        Assert.Equal(DeviceOutcome.Changed, (await RunAsync(WithRecipients(), RunMode.Apply)).Outcome);

        Assert.DoesNotContain(ActionNames(), n => n.StartsWith("Provisioner", StringComparison.Ordinal));
        Assert.Contains("Mail facilities", ActionNames());
        Assert.Equal(4, ActionNames().Count);
    }

    [Fact]
    public async Task InvalidParams_IsRejected_NamingTheSettingsOfThatCall()
    {
        await harness.ResetAsync(CancellationToken.None);
        await using var session = await harness.Driver.OpenAsync(Open(SessionMode.ReadWrite), CancellationToken.None);

        var response = await session.WriteAsync(new WriteRequest { Changes = [new SettingChange(SettingKey.SmtpRelay, new TextValue("10.6.0.25")), new SettingChange(SettingKey.SmtpPort, new IntegerValue(0))] }, CancellationToken.None);

        Assert.Equal(WriteStatus.Rejected, response.Statuses[SettingKey.SmtpPort]);
        Assert.Equal(WriteStatus.Rejected, response.Statuses[SettingKey.SmtpRelay]);
        var port = Assert.Single(response.Diagnostics, d => d.Path == "smtp.port");
        Assert.Equal("raritan.invalidParams", port.Code);
        Assert.Contains("smtp.relay, smtp.port", port.Summary, StringComparison.Ordinal);
        Assert.Contains("ERR_INVALID_PARAMS", port.Detail, StringComparison.Ordinal);
        Assert.Equal(string.Empty, harness.Model.SmtpState()["host"]!.GetValue<string>());
    }

    [Fact]
    public async Task RejectFault_IsRejectedWithTheSettingNamed_AndNothingStored()
    {
        await harness.ResetAsync(CancellationToken.None);
        harness.Model.Faults.RejectedObjects.Add("smtp.sender");

        var result = await RunAsync(harness.Target, RunMode.Apply);

        Assert.Equal(DeviceOutcome.Rejected, result.Outcome);
        Assert.Contains(result.Diagnostics, d => d.Code == "raritan.invalidParams" && d.Path == "smtp.from");
        Assert.Equal(string.Empty, harness.Model.SmtpState()["sender"]!.GetValue<string>());
        Assert.DoesNotContain(ActionNames(), n => n.StartsWith("Provisioner", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Password_IsSentOnce_AndNeverReadBack()
    {
        await harness.ResetAsync(CancellationToken.None);

        Assert.Equal(DeviceOutcome.Changed, (await RunAsync(harness.Target, RunMode.Apply)).Outcome);

        Assert.Equal("smtp-canary-6b1f", harness.Model.SmtpState()["password"]!.GetValue<string>());
        Assert.Contains(harness.Model.WriteLog.Entries, w => w.Name == "smtp.password" && w.Value == "***");
        await using var session = await harness.Driver.OpenAsync(Open(SessionMode.ReadOnly), CancellationToken.None);
        var read = await session.ReadAsync(new ReadRequest { Keys = new HashSet<SettingKey> { SettingKey.SmtpAuthPassword, SettingKey.SmtpAuthUser } }, CancellationToken.None);
        Assert.IsType<Observed.WriteOnly>(read.Values[SettingKey.SmtpAuthPassword]);
        Assert.Equal(new TextValue("px-alerts"), Assert.IsType<Observed.Known>(read.Values[SettingKey.SmtpAuthUser]).Value);
    }

    [Fact]
    public async Task TestMessage_ReachesTheLabCapture_WithoutChangingTheConfiguration()
    {
        await harness.ResetAsync(CancellationToken.None);
        await RunAsync(harness.Target, RunMode.Apply);
        harness.Lab.Capture.Clear();
        var before = harness.Model.SmtpState().ToJsonString();
        harness.Model.WriteLog.Clear();
        await using var session = await harness.Driver.OpenAsync(Open(SessionMode.ReadWrite), CancellationToken.None);

        var response = await ((ISupportsTestMessage)session).SendTestMessageAsync(new TestMessageRequest(), CancellationToken.None);

        Assert.True(response.Sent, string.Join("; ", response.Diagnostics));
        Assert.Equal("status 0: Success", response.DeviceResult);
        var mail = Assert.Single(harness.Lab.Capture.Messages);
        Assert.Equal(["ops@example.com", "power@example.com"], mail.EnvelopeTo.Order());
        Assert.Equal("lab-https-01@example.com", mail.EnvelopeFrom);
        Assert.Equal(before, harness.Model.SmtpState().ToJsonString());
        Assert.Empty(harness.Model.WriteLog.Entries);
    }

    [Fact]
    public async Task TestMessage_RelayNobodyAnswers_FailsWithTheDeviceMessage()
    {
        await harness.ResetAsync(CancellationToken.None);
        await RunAsync(harness.Target with { Desired = harness.Target.Desired with { RelayAddress = "10.99.0.1" } }, RunMode.Apply);
        await using var session = await harness.Driver.OpenAsync(Open(SessionMode.ReadWrite) with { Timeout = TimeSpan.FromSeconds(15) }, CancellationToken.None);

        var response = await ((ISupportsTestMessage)session).SendTestMessageAsync(new TestMessageRequest(), CancellationToken.None);

        Assert.False(response.Sent);
        var error = Assert.Single(response.Diagnostics);
        Assert.Equal("raritan.testMailFailed", error.Code);
        Assert.Contains("10.99.0.1:25", error.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TestMessage_WithoutRecipients_SaysSo()
    {
        await harness.ResetAsync(CancellationToken.None);
        await using var session = await harness.Driver.OpenAsync(Open(SessionMode.ReadWrite), CancellationToken.None);

        var response = await ((ISupportsTestMessage)session).SendTestMessageAsync(new TestMessageRequest(), CancellationToken.None);

        Assert.False(response.Sent);
        Assert.Equal("raritan.noRecipients", Assert.Single(response.Diagnostics).Code);
    }

    [Fact]
    public async Task ReadsRecipientUnderEitherKey_AndTlsMapsToStartTls()
    {
        await harness.ResetAsync(CancellationToken.None);
        harness.Model.AddActionOutOfBand(new JsonObject
        {
            ["id"] = string.Empty, ["name"] = "Provisioner mail x@example.com", ["isSystem"] = false, ["type"] = "SendSmtpMessage",
            ["arguments"] = new JsonArray(new JsonObject { ["key"] = "Recipient", ["value"] = "y@example.com" }),
        });
        harness.Model.ChangeSmtpOutOfBand(cfg => cfg["useTls"] = true);
        await using var session = await harness.Driver.OpenAsync(Open(SessionMode.ReadOnly), CancellationToken.None);

        var read = await session.ReadAsync(new ReadRequest { Keys = new HashSet<SettingKey> { SettingKey.SmtpRecipients, SettingKey.SmtpSecurity } }, CancellationToken.None);

        Assert.Equal(new RecipientsValue([new Recipient("y@example.com")]), Assert.IsType<Observed.Known>(read.Values[SettingKey.SmtpRecipients]).Value);
        Assert.Equal(new SecurityValue(SmtpSecurity.StartTls), Assert.IsType<Observed.Known>(read.Values[SettingKey.SmtpSecurity]).Value);
    }

    [Fact]
    public async Task ImplicitTls_IsRefusedBeforeTheDeviceIsTouched()
    {
        await harness.ResetAsync(CancellationToken.None);

        var result = await RunAsync(harness.Target with { Desired = harness.Target.Desired with { Security = SmtpSecurity.Tls } }, RunMode.Apply);

        Assert.Equal(DeviceOutcome.Error, result.Outcome);
        Assert.Contains(result.Diagnostics, d => d.Code == "desired.constraint" && d.Path == "smtp.security");
        Assert.Empty(harness.Model.WriteLog.Entries);
    }
}
