using Provisioner.Abstractions;
using Provisioner.Core;
using Provisioner.Lab.Devices.DotHill;

namespace Provisioner.Drivers.DotHill.Tests;

/// <summary>dell.me over real OpenSSH: identity, older firmware without port/security/password, values the array cannot hold.</summary>
public sealed class MeDriverTests(MeHarness harness) : IClassFixture<MeHarness>
{
    [Fact]
    public async Task Identify_IsDellMe_NotHpeMsa()
    {
        await harness.ResetAsync(CancellationToken.None);
        await using var session = await harness.Driver.OpenAsync(harness.OpenRequestFor(harness.Target, SessionMode.ReadOnly), CancellationToken.None);
        var identity = await session.IdentifyAsync(CancellationToken.None);
        Assert.Equal(("DELL EMC", "ME4024", "GT280R008-01"), (identity.Vendor, identity.Model, identity.Firmware));
        Assert.True(DellMeDescriptor.Value.Identity!.Matches(identity));
        Assert.False(HpeMsaDescriptor.Value.Identity!.Matches(identity));
    }

    [Fact]
    public async Task MsaDriverOnAnMeArray_IsAnIdentityMismatch_NothingWritten()
    {
        await harness.ResetAsync(CancellationToken.None);
        var msa = new DotHillDriver(HpeMsaDescriptor.Value, new Transport.Ssh.SshConnector(), Testing.Simulators.Ssh.SshLabDevice.PtyAvailable);
        var result = await harness.RunAsync(harness.Target with { DriverId = HpeMsaDescriptor.Id }, RunMode.Apply, msa);
        Assert.NotEqual(DeviceOutcome.Changed, result.Outcome);
        Assert.Contains(result.Diagnostics, d => $"{d.Summary} {d.Detail}".Contains("ME4024", StringComparison.Ordinal));
        Assert.Empty(harness.Array.State.Writes);
    }

    [Fact]
    public async Task OlderFirmware_PortSecurityAndPassword_AreNotSupported_TheRestIsWritten()
    {
        await harness.ResetAsync(CancellationToken.None);
        DotHillLabState.Update(harness.Array.StatePath, s => s.Identity.Legacy = true);
        var target = harness.Target with { Desired = harness.Target.Desired with { RelayPort = 587, Security = SmtpSecurity.StartTls } };
        var plan = await harness.RunAsync(target, RunMode.Plan);
        foreach (var key in new[] { SettingKey.SmtpPort, SettingKey.SmtpSecurity, SettingKey.SmtpAuthPassword })
        {
            Assert.Equal(ComparisonKind.NotSupported, Assert.Single(plan.Before, c => c.Key.Equals(key)).Kind);
        }

        var apply = await harness.RunAsync(target, RunMode.Apply);
        Assert.Equal(["server", "sender", "domain", "email-list", "notification-level"], harness.Array.State.Writes.Select(w => w.Keyword));
        Assert.Equal("10.6.0.25", harness.Array.State.Email.Server);
        Assert.NotEqual(DeviceOutcome.Ok, apply.Outcome);
    }

    [Fact]
    public async Task MinorSeverity_HasNoLevel_RefusedBeforeAnyCommand()
    {
        await harness.ResetAsync(CancellationToken.None);
        var result = await harness.RunAsync(harness.Target with { Desired = harness.Target.Desired with { MinimumSeverity = AlertSeverity.Minor } }, RunMode.Apply);
        Assert.NotEqual(DeviceOutcome.Changed, result.Outcome);
        Assert.Contains(result.Diagnostics, d => d.Path == SettingKey.AlertsMinimumSeverity.Name);
        Assert.Empty(harness.Array.State.Writes);
    }

    [Fact]
    public async Task FiveRecipients_AreRejectedBeforeAnyCommand()
    {
        await harness.ResetAsync(CancellationToken.None);
        var five = Enumerable.Range(1, 5).Select(i => new Recipient($"group{i}@example.com")).ToList();
        var result = await harness.RunAsync(harness.Target with { Desired = harness.Target.Desired with { Recipients = five } }, RunMode.Apply);
        Assert.NotEqual(DeviceOutcome.Changed, result.Outcome);
        Assert.Contains(result.Diagnostics, d => d.Path?.StartsWith(SettingKey.SmtpRecipients.Name, StringComparison.Ordinal) == true);
        Assert.Empty(harness.Array.State.Writes);
    }

    [Fact]
    public async Task ResolvedLevel_ReadsAsInformational_AndIsRewrittenToWarn()
    {
        await harness.ResetAsync(CancellationToken.None);
        Assert.Equal(DeviceOutcome.Changed, (await harness.RunAsync(harness.Target, RunMode.Apply)).Outcome);
        DotHillLabState.Update(harness.Array.StatePath, s => s.Email.Filter = "resolved");
        var plan = await harness.RunAsync(harness.Target, RunMode.Plan);
        var differs = Assert.Single(plan.Before, c => c.Kind == ComparisonKind.Differs);
        Assert.Equal(SettingKey.AlertsMinimumSeverity, differs.Key);
        Assert.Equal(new Observed.Known(new SeverityValue(AlertSeverity.Informational)), differs.Actual);
        Assert.Equal(DeviceOutcome.Changed, (await harness.RunAsync(harness.Target, RunMode.Apply)).Outcome);
        Assert.Equal("warn", harness.Array.State.Email.Filter);
    }
}
