using Provisioner.Abstractions;

namespace Provisioner.Core.Tests.Engine;

public sealed class DeviceEngineTests
{
    [Fact]
    public async Task RunAsync_Plan_WouldChangeAndNoWriteOperationReachesTheDriver()
    {
        var rig = new TestRig().Recording();
        var (device, target) = rig.AddDevice(2);

        var result = await rig.Engine.RunAsync(target, RunMode.Plan, CancellationToken.None);

        Assert.Equal(DeviceOutcome.WouldChange, result.Outcome);
        Assert.Equal(["127.0.0.2:open", "127.0.0.2:identify", "127.0.0.2:read"], rig.Operations);
        Assert.Empty(device.WriteLog);
    }

    [Fact]
    public async Task RunAsync_Diff_OpensReadOnlySession()
    {
        var rig = new TestRig();
        var (_, target) = rig.AddDevice(2);
        var modes = new List<SessionMode>();
        var recording = new ModeRecordingDriver(rig.Driver, modes);
        var engine = new DeviceEngine(new DriverCatalog([recording]), rig.Secrets, rig.Redactor, rig.Options, rig.Time);

        await engine.RunAsync(target, RunMode.Diff, CancellationToken.None);
        await engine.RunAsync(target, RunMode.Plan, CancellationToken.None);
        await engine.RunAsync(target, RunMode.Apply, CancellationToken.None);

        Assert.Equal([SessionMode.ReadOnly, SessionMode.ReadOnly, SessionMode.ReadWrite], modes);
    }

    [Fact]
    public async Task RunAsync_Apply_WritesOnlyDifferingSettingsInCatalogueOrder()
    {
        var rig = new TestRig();
        var (device, target) = rig.AddDevice(2);

        var result = await rig.Engine.RunAsync(target, RunMode.Apply, CancellationToken.None);

        Assert.Equal(DeviceOutcome.Changed, result.Outcome);
        Assert.Equal(["smtp.relay", "smtp.auth.user", "smtp.auth.password", "smtp.recipients"], result.Changes.Select(c => c.Key.Name));
        Assert.Equal(result.Changes.Select(c => c.Key), device.WriteLog.Select(w => w.Key));
        Assert.Equal(new TextValue("10.6.0.25"), device.Get(SettingKey.SmtpRelay));
    }

    [Fact]
    public async Task RunAsync_ApplyOnlyPasswordUncompared_IsUnverifiableWithoutWrites()
    {
        var rig = new TestRig();
        var (device, target) = rig.AddDevice(2);
        await rig.Engine.RunAsync(target, RunMode.Apply, CancellationToken.None);
        device.ClearWriteLog();

        var result = await rig.Engine.RunAsync(target, RunMode.Apply, CancellationToken.None);

        Assert.Equal(DeviceOutcome.Unverifiable, result.Outcome);
        Assert.Equal(ComparisonKind.Unverifiable, Assert.Single(result.Before, c => c.Key == SettingKey.SmtpAuthPassword).Kind);
        Assert.Empty(device.WriteLog);
    }

    [Fact]
    public async Task RunAsync_WriteOnlyPolicyAlways_WritesPasswordEveryTime()
    {
        var rig = new TestRig(options: new EngineOptions { WriteOnly = WriteOnlyPolicy.Always });
        var (device, target) = rig.AddDevice(2);
        await rig.Engine.RunAsync(target, RunMode.Apply, CancellationToken.None);
        device.ClearWriteLog();

        var result = await rig.Engine.RunAsync(target, RunMode.Apply, CancellationToken.None);

        Assert.Equal(DeviceOutcome.Changed, result.Outcome);
        Assert.Equal(SettingKey.SmtpAuthPassword, Assert.Single(device.WriteLog).Key);
    }

    [Fact]
    public async Task RunAsync_DeviceUppercasesAndPadsWhatItStores_SecondApplyWritesNothing()
    {
        var rig = new TestRig();
        var (device, target) = rig.AddDevice(2);
        device.StoreTransform = (key, value) => value switch
        {
            TextValue t when key.Type == SettingType.Email => new TextValue(t.Value.ToUpperInvariant() + "  \0"),
            TextValue t => new TextValue(t.Value + "  \0"),
            RecipientsValue r => new RecipientsValue([.. r.Value.Select(x => x with { Address = " " + x.Address.ToUpperInvariant() })]),
            _ => value,
        };
        Assert.Equal(DeviceOutcome.Changed, (await rig.Engine.RunAsync(target, RunMode.Apply, CancellationToken.None)).Outcome);
        device.ClearWriteLog();

        var again = await rig.Engine.RunAsync(target, RunMode.Apply, CancellationToken.None);

        Assert.Equal(DeviceOutcome.Unverifiable, again.Outcome);
        Assert.Empty(device.WriteLog);
    }

    [Fact]
    public async Task RunAsync_DeviceCorruptsWritesAndRestores_IsVerifyMismatch()
    {
        var rig = new TestRig();
        var (device, target) = rig.AddDevice(2);
        device.StoreTransform = (key, value) => key == SettingKey.SmtpRelay ? new TextValue("10.9.9.9") : value;

        var result = await rig.Engine.RunAsync(target, RunMode.Apply, CancellationToken.None);

        Assert.Equal(DeviceOutcome.VerifyMismatch, result.Outcome);
        Assert.Contains(result.Diagnostics, d => d.Code == "verify.mismatch" && d.Path == "smtp.relay");
        Assert.Contains(result.Diagnostics, d => d.Code == "restore.mismatch" && d.Path == "smtp.relay");
    }

    [Fact]
    public async Task RunAsync_RecipientsRejected_RestoresTheRelayAlreadyWritten()
    {
        var rig = new TestRig();
        var (device, target) = rig.AddDevice(2);
        device.Inject(new Testing.Conformance.SimulatedFault.RejectWrites(SettingKey.SmtpRecipients));

        var result = await rig.Engine.RunAsync(target, RunMode.Apply, CancellationToken.None);

        Assert.Equal(DeviceOutcome.Rejected, result.Outcome);
        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Path == "smtp.recipients");
        Assert.Equal(new TextValue("10.0.0.9"), device.Get(SettingKey.SmtpRelay));
        Assert.Single(device.WriteLog, w => w.Key == SettingKey.SmtpRecipients);
    }

    [Fact]
    public async Task RunAsync_IdentityDoesNotMatchDriver_IsIdentityMismatchBeforeAnyRead()
    {
        var rig = new TestRig().Recording();
        var (device, target) = rig.AddDevice(2);
        device.Identity = device.Identity with { Model = "AP9641" };

        var result = await rig.Engine.RunAsync(target, RunMode.Apply, CancellationToken.None);

        Assert.Equal(DeviceOutcome.IdentityMismatch, result.Outcome);
        Assert.DoesNotContain("127.0.0.2:read", rig.Operations);
    }

    [Fact]
    public async Task RunAsync_UnknownDriver_IsErrorNamingKnownDrivers()
    {
        var rig = new TestRig();
        var (_, target) = rig.AddDevice(2);

        var result = await rig.Engine.RunAsync(target with { DriverId = "apc.nmc9" }, RunMode.Plan, CancellationToken.None);

        Assert.Equal(DeviceOutcome.Error, result.Outcome);
        Assert.Contains("scripted.fake", Assert.Single(result.Diagnostics).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_MoreRecipientsThanSlots_IsErrorBeforeAnyIo()
    {
        var rig = new TestRig().Recording();
        var five = Enumerable.Range(1, 5).Select(i => new Recipient($"group{i}@contoso.com")).ToList();
        var (_, target) = rig.AddDevice(2, desired: Testing.Fakes.ScriptedHarness.DesiredSettings with { Recipients = five });

        var result = await rig.Engine.RunAsync(target, RunMode.Apply, CancellationToken.None);

        Assert.Equal(DeviceOutcome.Error, result.Outcome);
        Assert.Equal("desired.constraint", Assert.Single(result.Diagnostics).Code);
        Assert.Empty(rig.Operations);
    }

    [Fact]
    public async Task RunAsync_FirmwareLacksNonDefaultPort_IsNotSupportedWithWarning()
    {
        var rig = new TestRig();
        var (device, target) = rig.AddDevice(2, desired: Testing.Fakes.ScriptedHarness.DesiredSettings with { RelayPort = 2525 });
        device.NotSupported[SettingKey.SmtpPort] = "firmware 1.0 has no port field";
        await rig.Engine.RunAsync(target, RunMode.Apply, CancellationToken.None);

        var result = await rig.Engine.RunAsync(target, RunMode.Apply, CancellationToken.None);

        Assert.Equal(DeviceOutcome.NotSupported, result.Outcome);
        Assert.Contains(result.Diagnostics, d => d.Code == "setting.notSupported" && d.Severity == DiagnosticSeverity.Warning && d.Path == "smtp.port");
    }

    [Fact]
    public async Task RunAsync_FirmwareLacksPortAndInventoryWantsDefault_IsNotReported()
    {
        var rig = new TestRig();
        var (device, target) = rig.AddDevice(2);
        device.NotSupported[SettingKey.SmtpPort] = "firmware 1.0 has no port field";
        await rig.Engine.RunAsync(target, RunMode.Apply, CancellationToken.None);

        var result = await rig.Engine.RunAsync(target, RunMode.Plan, CancellationToken.None);

        Assert.Equal(DeviceOutcome.Unverifiable, result.Outcome);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "setting.notSupported");
    }

    [Fact]
    public async Task RunAsync_ReadOnlySettingDiffers_ReportsManualStepAndDoesNotWriteIt()
    {
        var step = new ManualStep(SettingKey.SmtpRelay, "Set 'SMTP server' to the relay address", "Web UI › Network › Email");
        var descriptor = Testing.Fakes.ScriptedDriver.DefaultDescriptor with
        {
            Settings = [.. Testing.Fakes.ScriptedDriver.DefaultDescriptor.Settings.Select(s => s.Key == SettingKey.SmtpRelay ? s with { Access = SettingAccess.ReadOnly, ManualStep = step } : s)],
        };
        var rig = new TestRig(descriptor);
        var (device, target) = rig.AddDevice(2);
        var first = await rig.Engine.RunAsync(target, RunMode.Apply, CancellationToken.None);
        Assert.True(first.Outcome == DeviceOutcome.Changed, string.Join("\n", first.Diagnostics));

        var result = await rig.Engine.RunAsync(target, RunMode.Apply, CancellationToken.None);

        // Every settable setting matches: the manual step goes to the checklist and does not decide the
        // outcome (the write-only password leaves the device unverifiable, as without the step).
        Assert.Equal(DeviceOutcome.Unverifiable, result.Outcome);
        Assert.Equal(step, Assert.Single(result.ManualSteps));
        Assert.DoesNotContain(device.WriteLog, w => w.Key == SettingKey.SmtpRelay);
    }
}
