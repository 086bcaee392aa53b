using Provisioner.Abstractions;

namespace Provisioner.Core.Tests.Engine;

public sealed class ManualStepAttestationTests
{
    private static readonly ManualStep Step = new(SettingKey.SmtpFrom, "Set the sender (From) address of alert e-mail", "Web UI › Network › Email");

    private static readonly NotificationSettings NoPassword = Testing.Fakes.ScriptedHarness.DesiredSettings with { AuthUser = null, AuthPassword = null, FromAddress = "ups-ny-01.power@contoso.com" };

    private static async Task<(TestRig Rig, DeviceTarget Target)> ConfiguredAsync()
    {
        var descriptor = Testing.Fakes.ScriptedDriver.DefaultDescriptor with
        {
            Settings = [.. Testing.Fakes.ScriptedDriver.DefaultDescriptor.Settings.Select(s => s.Key == SettingKey.SmtpFrom ? s with { Access = SettingAccess.ReadOnly, ManualStep = Step } : s)],
        };
        var rig = new TestRig(descriptor);
        var (_, target) = rig.AddDevice(2, desired: NoPassword);
        await rig.Engine.RunAsync(target, RunMode.Apply, CancellationToken.None);
        return (rig, target);
    }

    [Fact]
    public async Task RunAsync_OnlyAManualStepLeft_IsOkWithTheStepAndNoDiagnostic()
    {
        var (rig, target) = await ConfiguredAsync();

        var result = await rig.Engine.RunAsync(target, RunMode.Plan, CancellationToken.None);

        Assert.Equal(DeviceOutcome.Ok, result.Outcome);
        Assert.Equal(Step, Assert.Single(result.ManualSteps));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public async Task RunAsync_StepAttestedForTheInventorysValue_StaysQuiet()
    {
        var (rig, target) = await ConfiguredAsync();
        var attested = target with { Attestations = [new ManualStepAttestation(SettingKey.SmtpFrom, NoPassword.FromAddress, "jane", rig.Time.GetUtcNow())] };

        var result = await rig.Engine.RunAsync(attested, RunMode.Diff, CancellationToken.None);

        Assert.Equal(DeviceOutcome.Ok, result.Outcome);
        Assert.Empty(result.ManualSteps);
    }

    [Fact]
    public async Task RunAsync_InventoryValueChangedSinceAttested_ComesBackAsRedo()
    {
        var (rig, target) = await ConfiguredAsync();
        var attested = target with
        {
            Desired = NoPassword with { FromAddress = "ups-ny-01-new@contoso.com" },
            Attestations = [new ManualStepAttestation(SettingKey.SmtpFrom, NoPassword.FromAddress, "jane", new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero))],
        };

        var result = await rig.Engine.RunAsync(attested, RunMode.Plan, CancellationToken.None);

        var step = Assert.Single(result.ManualSteps);
        Assert.Equal(
            "Redo: the inventory now says ups-ny-01-new@contoso.com (done for ups-ny-01.power@contoso.com by jane on 2026-11-02). Set the sender (From) address of alert e-mail",
            step.What);
    }

    [Fact]
    public void ValueOf_Secret_IsNullAndNeverResolvesIt()
    {
        var settings = Testing.Fakes.ScriptedHarness.DesiredSettings;

        Assert.Null(ManualStepAttestation.ValueOf(settings, SettingKey.SmtpAuthPassword));
        Assert.Equal("warning", ManualStepAttestation.ValueOf(settings, SettingKey.AlertsMinimumSeverity));
    }
}
