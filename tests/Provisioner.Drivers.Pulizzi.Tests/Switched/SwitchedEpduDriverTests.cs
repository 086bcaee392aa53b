using Provisioner.Abstractions;
using Provisioner.Core;
using Provisioner.Snmp.Types;

namespace Provisioner.Drivers.Pulizzi.Tests;

public sealed class SwitchedEpduDriverTests(SwitchedEpduV2cHarness harness) : IClassFixture<SwitchedEpduV2cHarness>
{
    [Fact]
    public async Task Apply_RecipientsGoToAlertSlots_LogRecipientsUntouched()
    {
        await harness.ResetAsync(CancellationToken.None);

        await RunAsync(harness.Target, RunMode.Apply);

        var store = harness.SnmpDevice.Store.Inner;
        Assert.Equal("alerts-newyork-power@contoso.com", store.Get(Oids.Switched.AlertUser1).ToString());
        Assert.Equal("alerts-critical@contoso.com", store.Get(Oids.Switched.AlertUser2).ToString());
        Assert.Equal("facilities@contoso.com", store.Get(Oids.Switched.LogUser1).ToString());
        Assert.IsType<IpAddress>(store.Get(Oids.Switched.MailServer));
    }

    [Fact]
    public async Task Apply_OneRecipient_ClearsTheSecondSlot()
    {
        await harness.ResetAsync(CancellationToken.None);
        await RunAsync(harness.Target, RunMode.Apply);
        var target = harness.Target with { Desired = harness.Target.Desired with { Recipients = [new Recipient("alerts-newyork-power@contoso.com")] } };

        var result = await RunAsync(target, RunMode.Apply);

        Assert.Equal(DeviceOutcome.Changed, result.Outcome);
        Assert.Equal(string.Empty, harness.SnmpDevice.Store.Inner.Get(Oids.Switched.AlertUser2).ToString());
    }

    private Task<DeviceResult> RunAsync(DeviceTarget target, RunMode mode) =>
        new DeviceEngine(new Core.DriverCatalog([harness.Driver]), harness.Secrets, new SecretRedactor(), harness.EngineOptions, TimeProvider.System)
            .RunAsync(target, mode, CancellationToken.None);
}
