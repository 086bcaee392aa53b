using Provisioner.Abstractions;
using Provisioner.Core;

namespace Provisioner.Drivers.Pulizzi.Tests;

public sealed class MonitoredEpduDriverTests(MonitoredEpduV2cHarness harness) : IClassFixture<MonitoredEpduV2cHarness>
{
    [Fact]
    public async Task Apply_NoRecipients_IsRejectedBecauseTheSlotCannotBeEmptied()
    {
        await harness.ResetAsync(CancellationToken.None);
        var target = harness.Target with { Desired = harness.Target.Desired with { Recipients = [] } };

        var result = await RunAsync(target, RunMode.Apply);

        Assert.Equal(DeviceOutcome.Rejected, result.Outcome);
        Assert.Contains(result.Diagnostics, d => d.Path == "smtp.recipients[0]" && d.Detail.Contains("cannot be cleared", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Apply_Ipv6Relay_IsRejectedBeforeWriting()
    {
        await harness.ResetAsync(CancellationToken.None);
        var target = harness.Target with { Desired = harness.Target.Desired with { RelayAddress = "fd00::25" } };

        var result = await RunAsync(target, RunMode.Apply);

        Assert.Equal(DeviceOutcome.Rejected, result.Outcome);
        Assert.Contains(result.Diagnostics, d => d.Path == "smtp.relay" && d.Detail.Contains("IPv6", StringComparison.Ordinal));
        Assert.DoesNotContain(harness.SnmpDevice.Store.Log, b => b.Oid == Oids.Monitored.MailServer && b.Value.ToString() != "10.0.0.9");
    }

    [Fact]
    public async Task Plan_From_IsAManualStep()
    {
        await harness.ResetAsync(CancellationToken.None);

        var result = await RunAsync(harness.Target, RunMode.Plan);

        Assert.Contains(result.ManualSteps, s => s.Key.Equals(SettingKey.SmtpFrom));
    }

    private Task<DeviceResult> RunAsync(DeviceTarget target, RunMode mode) =>
        new DeviceEngine(new Core.DriverCatalog([harness.Driver]), harness.Secrets, new SecretRedactor(), harness.EngineOptions, TimeProvider.System)
            .RunAsync(target, mode, CancellationToken.None);
}
