using System.Text.RegularExpressions;
using Provisioner.Abstractions;
using Provisioner.Core;
using Provisioner.Drivers.Apc.Nmc;
using Provisioner.Lab.Devices.Apc.Nmc;
using Provisioner.Transport.Ssh;

namespace Provisioner.Drivers.Apc.Tests.Nmc;

/// <summary>apc.nmc over real OpenSSH beyond the conformance suite: host keys, E102, what reaches the card, transcript masking.</summary>
public sealed class ApcNmcDriverTests(NmcHarness harness) : IClassFixture<NmcHarness>
{
    [Fact]
    public async Task Apply_WritesTheCardsOwnWords()
    {
        await harness.ResetAsync(CancellationToken.None);
        var result = await RunAsync(harness.Target, RunMode.Apply);
        Assert.Equal(DeviceOutcome.Changed, result.Outcome);
        var state = harness.Card.State;
        Assert.Equal("10.6.0.25", state.Smtp.Server);
        Assert.Equal("always", state.Smtp.Encryption);
        Assert.Equal("enable", state.Smtp.Auth);
        Assert.Equal("nmc-alerts", state.Smtp.User);
        Assert.Equal(NmcHarness.SmtpPassword, state.Smtp.Password);
        Assert.Equal("lab-ssh-01@example.com", state.Smtp.From);
        Assert.Equal(["ops@example.com", "power@example.com"], state.Recipients.Take(2).Select(r => r.To));
        Assert.All(state.Recipients.Take(2), r => Assert.Equal(("enable", "local"), (r.Generation, r.Route)));
        Assert.All(state.Recipients.Skip(2), r => Assert.Equal("disable", r.Generation));
        Assert.Contains(result.ManualSteps, s => s.Key.Equals(SettingKey.AlertsMinimumSeverity));
        Assert.DoesNotContain(state.Writes, w => w.Value.Contains(NmcHarness.SmtpPassword, StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnknownHostKey_IsUntrusted_NoLoginAttempted()
    {
        await harness.ResetAsync(CancellationToken.None);
        var logins = Logins();
        var result = await RunAsync(harness.Target with { Trust = PeerTrust.None }, RunMode.Apply);
        Assert.Equal(DeviceOutcome.Untrusted, result.Outcome);
        Assert.Contains(result.Diagnostics, d => Text(d).Contains(harness.Lab.HostFingerprint, StringComparison.Ordinal));
        Assert.Empty(harness.Card.State.Writes);
        await Task.Delay(200);
        Assert.Equal(logins, Logins());
    }

    [Fact]
    public async Task ChangedHostKey_IsUntrusted_WithBothFingerprints()
    {
        await harness.ResetAsync(CancellationToken.None);
        var result = await RunAsync(harness.Target with { Trust = new PeerTrust { HostKeyFingerprints = [harness.Lab.OtherHostFingerprint] } }, RunMode.Apply);
        Assert.Equal(DeviceOutcome.Untrusted, result.Outcome);
        var text = string.Join("\n", result.Diagnostics.Select(Text));
        Assert.Contains(harness.Lab.HostFingerprint, text, StringComparison.Ordinal);
        Assert.Contains(harness.Lab.OtherHostFingerprint, text, StringComparison.Ordinal);
        Assert.Empty(harness.Card.State.Writes);
    }

    [Fact]
    public async Task E102OnARecipient_IsRejectedNamingTheSetting()
    {
        await harness.ResetAsync(CancellationToken.None);
        NmcLabState.Update(harness.Card.StatePath, s => s.Faults.Reject.Add("email -t"));
        var result = await RunAsync(harness.Target, RunMode.Apply);
        Assert.Equal(DeviceOutcome.Rejected, result.Outcome);
        var error = Assert.Single(result.Diagnostics, d => d.Code == "apc.nmc.parameterError");
        Assert.Equal(SettingKey.SmtpRecipients.Name, error.Path);
        Assert.Contains("email -t1 ops@example.com", error.Detail, StringComparison.Ordinal);
        Assert.Contains("E102", error.Detail, StringComparison.Ordinal);
        Assert.Equal("old-ops@example.com", harness.Card.State.Recipients[0].To);
    }

    [Fact]
    public async Task Transcript_MasksThePassword()
    {
        await harness.ResetAsync(CancellationToken.None);
        var entries = new List<SshTranscriptEntry>();
        var driver = NmcHarness.CreateDriver(new SshConnector(new SshConnectorOptions { TranscriptSink = e => { lock (entries) { entries.Add(e); } } }));
        var result = await RunAsync(harness.Target, RunMode.Apply, driver);
        Assert.Equal(DeviceOutcome.Changed, result.Outcome);
        Assert.Contains(entries, e => e.Command.StartsWith("smtp -w", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => (e.Command + e.Output).Contains(NmcHarness.SmtpPassword, StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => Text(d).Contains(NmcHarness.SmtpPassword, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Identify_ReadsTheBanner()
    {
        await harness.ResetAsync(CancellationToken.None);
        await using var session = await harness.Driver.OpenAsync(harness.OpenRequestFor(harness.Target, SessionMode.ReadOnly), CancellationToken.None);
        var identity = await session.IdentifyAsync(CancellationToken.None);
        Assert.Equal("Schneider Electric", identity.Vendor);
        Assert.Equal("v2.2.1.1", identity.Firmware);
        Assert.Equal("Network Management Card 3", identity.Model);
        Assert.Equal("Smart-UPS & Matrix-UPS APP v2.2.1.1", identity.Detail("apc.application"));
        Assert.True(NmcDescriptor.Value.Identity!.Matches(identity));
    }

    [Fact]
    public async Task PlainPipes_WithoutATerminal_ReadTheSame()
    {
        await harness.ResetAsync(CancellationToken.None);
        var keys = NmcDescriptor.Value.Settings.Select(s => s.Key).ToHashSet();
        await using var pty = await harness.Driver.OpenAsync(harness.OpenRequestFor(harness.Target, SessionMode.ReadOnly), CancellationToken.None);
        await using var pipes = await new ApcNmcDriver(new SshConnector(), terminal: false).OpenAsync(harness.OpenRequestFor(harness.Target, SessionMode.ReadOnly), CancellationToken.None);
        var a = await pty.ReadAsync(new ReadRequest { Keys = keys }, CancellationToken.None);
        var b = await pipes.ReadAsync(new ReadRequest { Keys = keys }, CancellationToken.None);
        Assert.Equal(keys.Count, a.Values.Count);
        Assert.All(keys, k => Assert.Equal(a.Values[k], b.Values[k]));
        Assert.Equal(new Observed.Known(new TextValue("10.9.9.9")), a.Values[SettingKey.SmtpRelay]);
        Assert.Equal(new Observed.Known(new RecipientsValue([new Recipient("old-ops@example.com")])), a.Values[SettingKey.SmtpRecipients]);
    }

    [Fact]
    public async Task Pager_IsAnsweredAndLeftOut()
    {
        await harness.ResetAsync(CancellationToken.None);
        NmcLabState.Update(harness.Card.StatePath, s => s.Faults.Pager = true);
        await using var connection = await new SshConnector().ConnectAsync(harness.OpenRequestFor(harness.Target, SessionMode.ReadOnly), CancellationToken.None);
        await using var shell = await connection.OpenShellAsync(new PromptOptions { Prompt = new Regex("^apc>$"), Terminal = Testing.Simulators.Ssh.SshLabDevice.PtyAvailable }, CancellationToken.None);
        var output = await shell.SendAsync("?", CancellationToken.None);
        Assert.StartsWith("E000: Success", output, StringComparison.Ordinal);
        Assert.Contains("xferStatus", output, StringComparison.Ordinal);
        Assert.DoesNotContain("More", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecipientRoutedElsewhere_DiffersAndIsRoutedLocal()
    {
        await harness.ResetAsync(CancellationToken.None);
        Assert.Equal(DeviceOutcome.Changed, (await RunAsync(harness.Target, RunMode.Apply)).Outcome);
        NmcLabState.Update(harness.Card.StatePath, s => s.Recipients[1].Route = "recipient");
        var plan = await RunAsync(harness.Target, RunMode.Plan);
        Assert.Equal(DeviceOutcome.WouldChange, plan.Outcome);
        Assert.Equal(SettingKey.SmtpRecipients, Assert.Single(plan.Before, c => c.Kind == ComparisonKind.Differs).Key);
        Assert.Equal(DeviceOutcome.Changed, (await RunAsync(harness.Target, RunMode.Apply)).Outcome);
        Assert.Equal("local", harness.Card.State.Recipients[1].Route);
    }

    [Fact]
    public async Task ConnectionDroppedAfterTheFirstSet_IsNeverChanged_AndNamesTheCommand()
    {
        await harness.ResetAsync(CancellationToken.None);
        NmcLabState.Update(harness.Card.StatePath, s => s.Faults.DropAfterWrites = 1);
        var result = await RunAsync(harness.Target, RunMode.Apply);

        // The card stored the first set and dropped the session before its result code: the engine cannot restore on
        // a dead session, so the outcome is unreachable with the command that may have taken effect named.
        Assert.Equal(DeviceOutcome.Unreachable, result.Outcome);
        Assert.Equal("10.6.0.25", Assert.Single(harness.Card.State.Writes, w => w.Stored).Value);
        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && Text(d).Contains("`smtp -s 10.6.0.25`", StringComparison.Ordinal) && Text(d).Contains("may or may not have taken effect", StringComparison.Ordinal));
    }

    private static string Text(Diagnostic d) => $"{d.Summary} {d.Detail}";

    private int Logins() => Regex.Count(harness.Lab.Log, "userauth-request");

    private Task<DeviceResult> RunAsync(DeviceTarget target, RunMode mode, IDeviceDriver? driver = null) =>
        new DeviceEngine(new DriverCatalog([driver ?? harness.Driver]), harness.Secrets, new SecretRedactor(), harness.EngineOptions, TimeProvider.System)
            .RunAsync(target, mode, CancellationToken.None);
}
