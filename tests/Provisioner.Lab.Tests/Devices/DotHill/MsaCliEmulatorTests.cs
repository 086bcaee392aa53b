using System.Diagnostics;
using System.Net;
using Provisioner.Lab.Devices.DotHill;
using Provisioner.Lab.Smtp;

namespace Provisioner.Lab.Tests.Devices.DotHill;

/// <summary>The HPE MSA / Dell ME CLI emulator on plain pipes (as sshd runs it without a terminal) and its JSON state.</summary>
public sealed class MsaCliEmulatorTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("provisioner-msa-lab-").FullName;

    private string StatePath => Path.Combine(folder, "state.json");

    [Fact]
    public void State_RoundTripsThroughJson()
    {
        var state = new DotHillLabState { Identity = DotHillLabIdentity.Me4024() };
        state.Email.Addresses[2] = "ops@example.com";
        state.Faults.Reject.Add("server");
        state.MapRelay(new IPEndPoint(IPAddress.Parse("10.6.0.25"), 25), new IPEndPoint(IPAddress.Parse("127.172.0.1"), 2525));
        state.Save(StatePath);
        var back = DotHillLabState.Load(StatePath);
        Assert.Equal(state.ToJson(), back.ToJson());
        Assert.Equal("127.172.0.1:2525", back.Relays["10.6.0.25:25"]);
        Assert.Throws<ArgumentException>(() => state.MapRelay(new IPEndPoint(IPAddress.Parse("10.6.0.25"), 25), new IPEndPoint(IPAddress.Parse("10.6.0.25"), 25)));
    }

    [Fact]
    public void Emulator_AnswersAsTheArray_HumanAndXml()
    {
        new DotHillLabState().Save(StatePath);
        var output = Run("set email-parameters sender-password hunter2 email-list a@example.com,b@example.com\rshow email-parameters\r"
            + "set email-parameters port 0 server 10.6.0.25\rset cli-parameters api\rset email-parameters notification-level warn\rfrobnicate\rexit\r");
        Assert.StartsWith("HPE MSA Storage MSA 2060 SAN\r\nSystem Name: msa-lab", output, StringComparison.Ordinal);
        Assert.Contains("email-sender-password: ********", output, StringComparison.Ordinal);
        Assert.Contains("email-notify-address-2: b@example.com", output, StringComparison.Ordinal);
        Assert.Contains("Error: The value of parameter 'port' is not valid.", output, StringComparison.Ordinal);
        Assert.Contains("<PROPERTY name=\"response-type\" type=\"string\">Error</PROPERTY>", output, StringComparison.Ordinal);
        var state = DotHillLabState.Load(StatePath);
        Assert.Equal(("hunter2", string.Empty, "Enabled", "warn"), (state.Email.SenderPassword, state.Email.Server, state.Email.Notification, state.Email.Filter));
        Assert.Equal(["sender-password:********:True", "email-list:a@example.com,b@example.com:True", "port:0:False", "notification-level:warn:True"], state.Writes.Select(w => $"{w.Keyword}:{w.Value}:{w.Stored}"));
    }

    [Fact]
    public void Emulator_OlderFirmware_RefusesPortAndShowsNone()
    {
        var state = new DotHillLabState { Identity = DotHillLabIdentity.Me4024() };
        state.Identity.Legacy = true;
        state.Save(StatePath);
        var output = Run("set email-parameters port 25\rshow email-parameters\rexit\r");
        Assert.Contains("Error: Unrecognized parameter 'port'.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("email-smtp-port", output, StringComparison.Ordinal);
        Assert.StartsWith("DELL EMC PowerVault ME4 ME4024", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Emulator_DropAfterWrites_StoresThenCloses_Once()
    {
        var state = new DotHillLabState();
        (state.Faults.DropAfterWrites, state.Faults.DropOnce) = (1, true);
        state.Save(StatePath);
        var output = Run("set email-parameters server 10.6.0.25\rset email-parameters server 10.6.0.26\rexit\r");
        Assert.DoesNotContain("Success", output, StringComparison.Ordinal);
        var after = DotHillLabState.Load(StatePath);
        Assert.Equal("10.6.0.25", after.Email.Server);
        Assert.Null(after.Faults.DropAfterWrites);
    }

    [Fact]
    public void Emulator_Silent_PrintsNothing()
    {
        var state = new DotHillLabState();
        state.Faults.Silent = true;
        state.Save(StatePath);
        Assert.Equal(string.Empty, Run("show email-parameters\r"));
    }

    [Fact]
    public async Task Emulator_TestEmail_IsSentToTheMappedLoopbackRelayOnly()
    {
        await using var capture = await SmtpCapture.StartAsync(new IPEndPoint(IPAddress.Parse("127.172.0.1"), 0), null, CancellationToken.None);
        var state = new DotHillLabState();
        state.Email.Server = "10.6.0.25";
        state.Email.Sender = "msa-01";
        state.Email.Domain = "example.org";
        state.Email.Addresses[0] = "ops@example.com";
        state.Email.Filter = "warn";
        state.Email.Notification = "Enabled";
        state.MapRelay(new IPEndPoint(IPAddress.Parse("10.6.0.25"), 25), capture.Endpoint);
        state.Relays["10.6.0.26:25"] = "10.6.0.26:25";
        state.Save(StatePath);

        var output = Run("test email region crit\rset email-parameters server 10.6.0.26\rtest email\rexit\r");
        Assert.Contains("Success: Command completed successfully. - The test email was sent.", output, StringComparison.Ordinal);
        Assert.Contains("Error: Unable to send the test email: the SMTP server 10.6.0.26:25 did not accept it.", output, StringComparison.Ordinal);
        var message = Assert.Single(capture.Messages);
        Assert.Equal(("msa-01@example.org", "ops@example.com"), (message.EnvelopeFrom, Assert.Single(message.EnvelopeTo)));

        // A mapping to anything but loopback is never contacted.
        Assert.Equal([250, 0], DotHillLabState.Load(StatePath).Sent.Select(s => s.Result));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Run(string input)
    {
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(DotHillLabState.ScriptPath);
        start.ArgumentList.Add("--state");
        start.ArgumentList.Add(StatePath);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(20)), "the emulator did not finish");
        return output.Result;
    }
}
