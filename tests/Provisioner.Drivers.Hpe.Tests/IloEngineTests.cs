using Provisioner.Abstractions;
using Provisioner.Core;
using Provisioner.Drivers.Hpe.Tests.Conformance;

namespace Provisioner.Drivers.Hpe.Tests;

/// <summary>Whole runs of the hpe.ilo5 driver through the engine against the lab iLO.</summary>
public sealed class IloEngineTests(IloLabHarness harness) : IClassFixture<IloLabHarness>
{
    private const string WrongPin = "00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF";

    [Fact]
    public async Task WrongPin_IsUntrusted_WithBothFingerprints_NothingWritten()
    {
        await harness.ResetAsync(CancellationToken.None);
        var created = harness.Model.Sessions.CreatedCount;

        var result = await RunAsync(harness.Target with { Trust = new PeerTrust { CertificateFingerprints = [WrongPin] } }, RunMode.Apply);

        Assert.Equal(DeviceOutcome.Untrusted, result.Outcome);
        var text = string.Join(" ", result.Diagnostics.Select(d => $"{d.Summary} {d.Detail}"));
        Assert.Contains(WrongPin, text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(harness.LabDevice.CertificateSha256!, text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(created, harness.Model.Sessions.CreatedCount);
        Assert.Empty(harness.Model.WriteLog.Entries);
    }

    [Fact]
    public async Task WrongPassword_IsAuthFailed_NoSessionLeftOpen()
    {
        await harness.ResetAsync(CancellationToken.None);

        var result = await RunAsync(harness.WrongCredentialsTarget, RunMode.Apply);

        Assert.Equal(DeviceOutcome.AuthFailed, result.Outcome);
        Assert.Equal(0, harness.Model.Sessions.OpenCount);
        Assert.DoesNotContain(result.Diagnostics, d => d.Detail.Contains("not-the-password", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RejectedApply_DeletesItsSession_AndKeepsThePasswordOutOfTheReport()
    {
        await harness.ResetAsync(CancellationToken.None);
        harness.LabDevice.Faults.RejectedObjects.Add("Oem.Hpe.AlertMailEmail");

        var result = await RunAsync(harness.Target, RunMode.Apply);

        Assert.Equal(DeviceOutcome.Rejected, result.Outcome);
        Assert.Contains(result.Diagnostics, d => d.Path == "smtp.recipients" && d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(0, harness.Model.Sessions.OpenCount);
        Assert.DoesNotContain(result.Diagnostics, d => $"{d.Summary} {d.Detail}".Contains("smtp-canary-6b1f", StringComparison.Ordinal));
        harness.LabDevice.Faults.RejectedObjects.Clear();
    }

    [Fact]
    public async Task Apply_Then_Plan_IsUnverifiable_OnlyForThePassword_SeverityGoesToTheChecklist()
    {
        await harness.ResetAsync(CancellationToken.None);
        Assert.Equal(DeviceOutcome.Changed, (await RunAsync(harness.Target, RunMode.Apply)).Outcome);

        var plan = await RunAsync(harness.Target, RunMode.Plan);

        Assert.Equal(DeviceOutcome.Unverifiable, plan.Outcome);
        Assert.Equal("smtp.auth.password", Assert.Single(plan.Before, c => c.Kind == ComparisonKind.Unverifiable).Key.Name);
        Assert.True(Assert.Single(plan.Before, c => c.Key.Equals(SettingKey.AlertsMinimumSeverity)).ByHand);
        Assert.Equal(0, harness.Model.Sessions.OpenCount);
    }

    [Fact]
    public void Descriptor_OneRecipient_SenderBuiltFromTheIloName_SeverityByHand()
    {
        var d = Ilo5Descriptor.Value;

        Assert.Equal(("hpe.ilo5", DriverTransport.Https, 443, "bmc"), (d.Id, Assert.Single(d.Transports), d.DefaultPort, d.Hints!.Kind));
        Assert.Equal((RecipientModelKind.SingleAddress, (int?)1), (d.Recipients.Kind, d.Recipients.MaxItems));
        Assert.Equal((1, 63), (d.Find(SettingKey.SmtpRecipients)!.Constraints.MaxItems, d.Find(SettingKey.SmtpRecipients)!.Constraints.MaxLength));
        Assert.Equal(SenderModelKind.DeviceNameAtDomain, d.Sender.Kind);
        Assert.Null(d.Sender.CannotHold("ILO-NY-01@corp.example", "ilo-ny-01"));
        Assert.NotNull(d.Sender.CannotHold("alerts@corp.example", "ilo-ny-01"));
        Assert.Equal(SettingAccess.WriteOnly, d.Find(SettingKey.SmtpAuthPassword)!.Access);
        Assert.Equal(["none", "starttls"], d.Find(SettingKey.SmtpSecurity)!.Constraints.AllowedValues!);
        Assert.NotNull(d.Find(SettingKey.AlertsMinimumSeverity)!.ManualStep);
    }

    private Task<DeviceResult> RunAsync(DeviceTarget target, RunMode mode) =>
        new DeviceEngine(new DriverCatalog([harness.Driver]), harness.Secrets, new SecretRedactor(), harness.EngineOptions, TimeProvider.System)
            .RunAsync(target, mode, CancellationToken.None);
}
