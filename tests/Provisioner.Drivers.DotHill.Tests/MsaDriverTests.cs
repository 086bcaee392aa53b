using System.Text.RegularExpressions;
using Provisioner.Abstractions;
using Provisioner.Core;
using Provisioner.Lab.Devices.DotHill;
using Provisioner.Transport.Ssh;

namespace Provisioner.Drivers.DotHill.Tests;

/// <summary>hpe.msa over real OpenSSH beyond the conformance suite: host keys, Error: lines, dropped writes, test mail, masking.</summary>
public sealed class MsaDriverTests(MsaHarness harness) : IClassFixture<MsaHarness>
{
    [Fact]
    public async Task Apply_WritesTheArraysOwnWords()
    {
        await harness.ResetAsync(CancellationToken.None);
        var result = await harness.RunAsync(harness.Target, RunMode.Apply);
        Assert.Equal(DeviceOutcome.Changed, result.Outcome);
        var e = harness.Array.State.Email;
        Assert.Equal(("10.6.0.25", string.Empty, "None"), (e.Server, e.Port, e.Security));
        Assert.Equal(("lab-msa-01", "example.org"), (e.Sender, e.Domain));
        Assert.Equal(["ops@example.com", "storage@example.com", string.Empty, string.Empty], e.Addresses);
        Assert.Equal(("warn", "Enabled"), (e.Filter, e.Notification));
        Assert.Equal(DotHillHarness.SmtpPassword, e.SenderPassword);
        Assert.DoesNotContain(harness.Array.State.Writes, w => w.Value.Contains(DotHillHarness.SmtpPassword, StringComparison.Ordinal));

        // One setting per command, only what differs (an empty port is 25): sender and domain go together.
        Assert.Equal(["server", "sender-password", "sender", "domain", "email-list", "notification-level"], harness.Array.State.Writes.Select(w => w.Keyword));
    }

    [Fact]
    public async Task UnknownHostKey_IsUntrusted_NoLoginAttempted()
    {
        await harness.ResetAsync(CancellationToken.None);
        var logins = Logins();
        var result = await harness.RunAsync(harness.Target with { Trust = PeerTrust.None }, RunMode.Apply);
        Assert.Equal(DeviceOutcome.Untrusted, result.Outcome);
        Assert.Contains(result.Diagnostics, d => Text(d).Contains(harness.Lab.HostFingerprint, StringComparison.Ordinal));
        Assert.Empty(harness.Array.State.Writes);
        await Task.Delay(200);
        Assert.Equal(logins, Logins());
    }

    [Fact]
    public async Task ChangedHostKey_IsUntrusted_WithBothFingerprints()
    {
        await harness.ResetAsync(CancellationToken.None);
        var logins = Logins();
        var result = await harness.RunAsync(harness.Target with { Trust = new PeerTrust { HostKeyFingerprints = [harness.Lab.OtherHostFingerprint] } }, RunMode.Apply);
        Assert.Equal(DeviceOutcome.Untrusted, result.Outcome);
        var text = string.Join("\n", result.Diagnostics.Select(Text));
        Assert.Contains(harness.Lab.HostFingerprint, text, StringComparison.Ordinal);
        Assert.Contains(harness.Lab.OtherHostFingerprint, text, StringComparison.Ordinal);
        Assert.Empty(harness.Array.State.Writes);
        await Task.Delay(200);
        Assert.Equal(logins, Logins());
    }

    [Fact]
    public async Task WrongKey_IsAuthFailed_NothingWritten()
    {
        await harness.ResetAsync(CancellationToken.None);
        var result = await harness.RunAsync(harness.WrongCredentialsTarget, RunMode.Apply);
        Assert.Equal(DeviceOutcome.AuthFailed, result.Outcome);
        Assert.Empty(harness.Array.State.Writes);
        Assert.Equal("10.9.9.9", harness.Array.State.Email.Server);
    }

    [Fact]
    public async Task ErrorOnTheRecipientList_IsRejectedNamingTheSetting_AndRestored()
    {
        await harness.ResetAsync(CancellationToken.None);
        DotHillLabState.Update(harness.Array.StatePath, s => s.Faults.Reject.Add("email-list"));
        var result = await harness.RunAsync(harness.Target, RunMode.Apply);
        Assert.Equal(DeviceOutcome.Rejected, result.Outcome);
        var error = Assert.Single(result.Diagnostics, d => d.Code == "dothill.commandFailed");
        Assert.Equal(SettingKey.SmtpRecipients.Name, error.Path);
        Assert.Contains("`set email-parameters email-list ops@example.com,storage@example.com` answered Error: The value of parameter 'email-list' is not valid.", error.Detail, StringComparison.Ordinal);

        // The settings written before the refusal were put back from the snapshot.
        var e = harness.Array.State.Email;
        Assert.Equal(("10.9.9.9", "array", "example.com", "old-ops@example.com"), (e.Server, e.Sender, e.Domain, e.Addresses[0]));
    }

    [Fact]
    public async Task ConnectionDroppedAfterTheFirstSet_IsReportedAndRestored_NeverChanged()
    {
        await harness.ResetAsync(CancellationToken.None);
        DotHillLabState.Update(harness.Array.StatePath, s => (s.Faults.DropAfterWrites, s.Faults.DropOnce) = (1, true));
        var result = await harness.RunAsync(harness.Target, RunMode.Apply);

        // The array stored `server` and closed the session before its answer. The driver connected again, read back,
        // reported server as written and the rest as not sent; the engine restored the snapshot.
        Assert.NotEqual(DeviceOutcome.Changed, result.Outcome);
        Assert.Equal(DeviceOutcome.Rejected, result.Outcome);
        var dropped = Assert.Single(result.Diagnostics, d => d.Code == "dothill.connectionDropped");
        Assert.Contains("`set email-parameters server 10.6.0.25`", dropped.Detail, StringComparison.Ordinal);
        Assert.Contains("the command had taken effect. Written: smtp.relay.", dropped.Detail, StringComparison.Ordinal);
        Assert.Contains(result.Diagnostics, d => d.Code == "dothill.notSent" && d.Path == SettingKey.SmtpRecipients.Name);
        Assert.Equal(["server 10.6.0.25", "server 10.9.9.9"], harness.Array.State.Writes.Select(w => $"{w.Keyword} {w.Value}"));
        Assert.Equal("10.9.9.9", harness.Array.State.Email.Server);
        Assert.Null(harness.Array.State.Faults.DropAfterWrites);
    }

    [Fact]
    public async Task ConnectionDroppedOnTheLastSet_IsChangedOnlyAfterTheReadBack_WithAWarning()
    {
        await harness.ResetAsync(CancellationToken.None);

        // Without a password (which is sent on every apply) the relay is the only change, so its set is the last one.
        var target = harness.Target with { Desired = harness.Target.Desired with { AuthPassword = null } };
        Assert.Equal(DeviceOutcome.Changed, (await harness.RunAsync(target, RunMode.Apply)).Outcome);
        DotHillLabState.Update(harness.Array.StatePath, s =>
        {
            s.Email.Server = "10.9.9.9";
            (s.Faults.DropAfterWrites, s.Faults.DropOnce) = (1, true);
            s.Writes.Clear();
        });
        var result = await harness.RunAsync(target, RunMode.Apply);
        Assert.Equal(DeviceOutcome.Changed, result.Outcome);
        Assert.Equal(["server 10.6.0.25"], harness.Array.State.Writes.Select(w => $"{w.Keyword} {w.Value}"));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "dothill.connectionDropped");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("Every change was sent.", warning.Detail, StringComparison.Ordinal);
        Assert.Equal("10.6.0.25", harness.Array.State.Email.Server);
    }

    [Fact]
    public async Task TestMail_ReachesTheSmtpCapture()
    {
        await harness.ResetAsync(CancellationToken.None);
        Assert.Equal(DeviceOutcome.Changed, (await harness.RunAsync(harness.Target, RunMode.Apply)).Outcome);
        var before = harness.Capture.Messages.Count;
        await using var session = await harness.Driver.OpenAsync(harness.OpenRequestFor(harness.Target, SessionMode.ReadWrite), CancellationToken.None);
        var response = await ((ISupportsTestMessage)session).SendTestMessageAsync(new TestMessageRequest(), CancellationToken.None);
        Assert.True(response.Sent, string.Join("; ", response.Diagnostics.Select(Text)));
        var message = Assert.Single(harness.Capture.Messages.Skip(before));
        Assert.Equal("lab-msa-01@example.org", message.EnvelopeFrom);
        Assert.Equal(["ops@example.com", "storage@example.com"], message.EnvelopeTo);
        Assert.Contains("msa-lab", message.Subject, StringComparison.Ordinal);
        Assert.Equal(250, Assert.Single(harness.Array.State.Sent).Result);
    }

    [Fact]
    public async Task TestMail_WithMailOff_IsNotSent_WithTheArraysMessage()
    {
        await harness.ResetAsync(CancellationToken.None);
        await using var session = await harness.Driver.OpenAsync(harness.OpenRequestFor(harness.Target, SessionMode.ReadWrite), CancellationToken.None);
        var response = await ((ISupportsTestMessage)session).SendTestMessageAsync(new TestMessageRequest(), CancellationToken.None);
        Assert.False(response.Sent);
        Assert.Contains("Email notification is disabled.", response.DeviceResult, StringComparison.Ordinal);
        Assert.Equal("dothill.testFailed", Assert.Single(response.Diagnostics).Code);
    }

    [Fact]
    public async Task Transcript_AndReport_NeverHoldThePassword()
    {
        await harness.ResetAsync(CancellationToken.None);
        var entries = new List<SshTranscriptEntry>();
        var driver = harness.CreateDriver(new SshConnector(new SshConnectorOptions { TranscriptSink = e => { lock (entries) { entries.Add(e); } } }));
        var result = await harness.RunAsync(harness.Target, RunMode.Apply, driver);
        Assert.Equal(DeviceOutcome.Changed, result.Outcome);
        Assert.Contains(entries, e => e.Command.StartsWith("set email-parameters sender-password", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => (e.Command + e.Output).Contains(DotHillHarness.SmtpPassword, StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => Text(d).Contains(DotHillHarness.SmtpPassword, StringComparison.Ordinal));
        Assert.DoesNotContain(DotHillHarness.SmtpPassword, System.Text.Json.JsonSerializer.Serialize(result.Changes.Select(c => c.Value.ToDisplayString())), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Identify_ReadsShowSystemAndShowVersions()
    {
        await harness.ResetAsync(CancellationToken.None);
        await using var session = await harness.Driver.OpenAsync(harness.OpenRequestFor(harness.Target, SessionMode.ReadOnly), CancellationToken.None);
        var identity = await session.IdentifyAsync(CancellationToken.None);
        Assert.Equal(("HPE", "MSA 2060 SAN", "IN100P001"), (identity.Vendor, identity.Model, identity.Firmware));
        Assert.Equal("MSA Storage", identity.Detail("dothill.product-brand"));
        Assert.True(HpeMsaDescriptor.Value.Identity!.Matches(identity));
        Assert.False(DellMeDescriptor.Value.Identity!.Matches(identity));
    }

    [Fact]
    public async Task PlainPipes_WithoutATerminal_ReadTheSame()
    {
        await harness.ResetAsync(CancellationToken.None);
        var keys = HpeMsaDescriptor.Value.Settings.Select(s => s.Key).ToHashSet();
        await using var a = await harness.Driver.OpenAsync(harness.OpenRequestFor(harness.Target, SessionMode.ReadOnly), CancellationToken.None);
        await using var b = await new DotHillDriver(HpeMsaDescriptor.Value, new SshConnector(), terminal: false).OpenAsync(harness.OpenRequestFor(harness.Target, SessionMode.ReadOnly), CancellationToken.None);
        var first = await a.ReadAsync(new ReadRequest { Keys = keys }, CancellationToken.None);
        var second = await b.ReadAsync(new ReadRequest { Keys = keys }, CancellationToken.None);
        Assert.All(keys, k => Assert.Equal(first.Values[k], second.Values[k]));
        Assert.Equal(new Observed.Known(new TextValue("array@example.com")), first.Values[SettingKey.SmtpFrom]);
        Assert.Equal(new Observed.Known(new IntegerValue(25)), first.Values[SettingKey.SmtpPort]);
        Assert.Equal(new Observed.Absent(), first.Values[SettingKey.AlertsMinimumSeverity]);
        Assert.Equal(new Observed.Known(new BooleanValue(false)), first.Values[SettingKey.SmtpEnabled]);
    }

    [Fact]
    public async Task HumanOutput_PagerIsAnsweredAndLeftOut()
    {
        await harness.ResetAsync(CancellationToken.None);
        DotHillLabState.Update(harness.Array.StatePath, s => s.Faults.Pager = true);
        await using var connection = await new SshConnector().ConnectAsync(harness.OpenRequestFor(harness.Target, SessionMode.ReadOnly), CancellationToken.None);
        var prompt = new PromptOptions
        {
            Prompt = new Regex(DotHillCommands.Prompt),
            PagerPatterns = [new Regex(DotHillAssumptions.Pager)],
            Terminal = Testing.Simulators.Ssh.SshLabDevice.PtyAvailable,
        };
        await using var shell = await connection.OpenShellAsync(prompt, CancellationToken.None);
        Assert.Contains("HPE MSA Storage MSA 2060 SAN", shell.Banner, StringComparison.Ordinal);
        var output = await shell.SendAsync("help", CancellationToken.None);
        Assert.Contains("versions", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Press any key", output, StringComparison.Ordinal);
        Assert.True(DotHillResponse.Parse(output, "help", "lab").Succeeded);
    }

    [Fact]
    public async Task DisablingMail_WritesNotificationLevelNone()
    {
        await harness.ResetAsync(CancellationToken.None);
        Assert.Equal(DeviceOutcome.Changed, (await harness.RunAsync(harness.Target, RunMode.Apply)).Outcome);
        await using var session = await harness.Driver.OpenAsync(harness.OpenRequestFor(harness.Target, SessionMode.ReadWrite), CancellationToken.None);
        var write = await session.WriteAsync(new WriteRequest { Changes = [new SettingChange(SettingKey.SmtpEnabled, new BooleanValue(false))] }, CancellationToken.None);
        Assert.Equal(WriteStatus.Applied, write.Statuses[SettingKey.SmtpEnabled]);
        Assert.Equal(("none", "Disabled"), (harness.Array.State.Email.Filter, harness.Array.State.Email.Notification));
    }

    private static string Text(Diagnostic d) => $"{d.Summary} {d.Detail}";

    private int Logins() => Regex.Count(harness.Lab.Log, "userauth-request");
}
