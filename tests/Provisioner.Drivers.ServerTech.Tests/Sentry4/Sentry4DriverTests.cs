using Provisioner.Abstractions;
using Provisioner.Core;
using Provisioner.Snmp.Types;

namespace Provisioner.Drivers.ServerTech.Tests;

public sealed class Sentry4DriverTests(Sentry4V2cHarness harness) : IClassFixture<Sentry4V2cHarness>
{
    private static readonly Oid Outlet1 = Oids.NotificationColumns[6].Append(1, 1, 1);
    private static readonly Oid Unit = Oids.NotificationColumns[0].Append(1);

    [Fact]
    public async Task Apply_Enable_SetsOnlyTheEmailBitOfRowsWithoutIt()
    {
        await harness.ResetAsync(CancellationToken.None);

        var result = await RunAsync(harness.Target, RunMode.Apply);

        Assert.Equal(DeviceOutcome.Changed, result.Outcome);
        Assert.Equal(8, harness.SnmpDevice.Store.Log.Count);
        Assert.All(harness.SnmpDevice.Store.Log, b => Assert.Equal("C0", ((OctetString)b.Value).ToHex()));
    }

    [Fact]
    public async Task Apply_Disable_ClearsEmailAndKeepsTrapBit()
    {
        await harness.ResetAsync(CancellationToken.None);
        await RunAsync(harness.Target, RunMode.Apply);
        var target = harness.Target with { Desired = harness.Target.Desired with { Enabled = false } };

        Assert.Equal(DeviceOutcome.Changed, (await RunAsync(target, RunMode.Apply)).Outcome);

        Assert.Equal("80", ((OctetString)harness.SnmpDevice.Store.Inner.Get(Unit)).ToHex());
        Assert.Equal("80", ((OctetString)harness.SnmpDevice.Store.Inner.Get(Outlet1)).ToHex());
    }

    [Fact]
    public async Task Apply_LostWrite_RestoresEveryRowExactly()
    {
        await harness.ResetAsync(CancellationToken.None);
        harness.SnmpDevice.Store.Lose([Oids.NotificationColumns[6]]);

        var result = await RunAsync(harness.Target, RunMode.Apply);

        Assert.Equal(DeviceOutcome.Reverted, result.Outcome);
        Assert.Equal("C0", ((OctetString)harness.SnmpDevice.Store.Inner.Get(Unit)).ToHex());
        Assert.Equal("80", ((OctetString)harness.SnmpDevice.Store.Inner.Get(Outlet1)).ToHex());
    }

    [Fact]
    public async Task Plan_SmtpServerAndRecipients_AreManualSteps()
    {
        await harness.ResetAsync(CancellationToken.None);

        var result = await RunAsync(harness.Target, RunMode.Plan);

        Assert.Equal(
            [SettingKey.SmtpRelay.Name, SettingKey.SmtpFrom.Name, SettingKey.SmtpRecipients.Name, SettingKey.AlertsMinimumSeverity.Name],
            result.ManualSteps.Select(s => s.Key.Name));
    }

    [Theory]
    [InlineData("80", false)]
    [InlineData("40", true)]
    [InlineData("C0", true)]
    [InlineData("", false)]
    public void HasEmail_BitsOctet_ReadsBitOne(string hex, bool email) =>
        Assert.Equal(email, EventEmailBitsSetting.HasEmail(Convert.FromHexString(hex)));

    private Task<DeviceResult> RunAsync(DeviceTarget target, RunMode mode) =>
        new DeviceEngine(new Core.DriverCatalog([harness.Driver]), harness.Secrets, new SecretRedactor(), harness.EngineOptions, TimeProvider.System)
            .RunAsync(target, mode, CancellationToken.None);
}
