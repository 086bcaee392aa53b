using Provisioner.Abstractions;
using Provisioner.Core;
using Provisioner.Snmp.Types;
using Provisioner.Transport.Snmp;

namespace Provisioner.Drivers.Akcp.Tests;

public sealed class SpPlusDriverTests(SpPlusV2cHarness harness) : IClassFixture<SpPlusV2cHarness>
{
    [Fact]
    public async Task Get_Password_FailsAsWriteOnly()
    {
        await harness.ResetAsync(CancellationToken.None);

        Assert.IsType<NoSuchObject>(harness.SnmpDevice.Store.Get(Oids.SpPlus.SmtpPassword));
    }

    [Fact]
    public async Task Apply_PasswordAndStartTls_AreWritten()
    {
        await harness.ResetAsync(CancellationToken.None);

        var result = await RunAsync(harness.Target, RunMode.Apply);

        Assert.Equal(DeviceOutcome.Changed, result.Outcome);
        Assert.True(harness.SnmpDevice.Store.Inner.TryGetValue(Oids.SpPlus.SmtpPassword, out var password));
        Assert.Equal("smtp-canary-6b1f", password.ToString());
        Assert.Equal(new Integer32(2), harness.SnmpDevice.Store.Inner.Get(Oids.SpPlus.SmtpSsl));
        Assert.Contains(result.Before, c => c.Key.Equals(SettingKey.SmtpAuthPassword) && c.Kind == ComparisonKind.Unverifiable);
    }

    [Fact]
    public async Task Plan_Recipients_AreNotSupportedWithManualStep()
    {
        await harness.ResetAsync(CancellationToken.None);
        var target = harness.Target with { Desired = harness.Target.Desired with { Recipients = [new Recipient("alerts-newyork-env@contoso.com")] } };

        var result = await RunAsync(target, RunMode.Plan);

        Assert.Contains(result.Before, c => c.Key.Equals(SettingKey.SmtpRecipients) && c.Kind == ComparisonKind.NotSupported);
        Assert.Contains(result.ManualSteps, s => s.Key.Equals(SettingKey.SmtpRecipients) && s.Where.Contains("Actions", StringComparison.Ordinal));
        Assert.Empty(harness.SnmpDevice.Store.Log);
    }

    [Fact]
    public async Task Plan_LegacySensorProbe_IsIdentityMismatch()
    {
        await harness.ResetAsync(CancellationToken.None);
        harness.SnmpDevice.Store.Inner.SetValue(SystemOids.SysObjectId, new ObjectIdentifier(Oid.Parse(Oids.LegacyProduct)));
        harness.SnmpDevice.Store.Inner.SetValue(SystemOids.SysDescr, OctetString.FromString("SensorProbe"));

        var result = await RunAsync(harness.Target, RunMode.Apply);

        Assert.Equal(DeviceOutcome.IdentityMismatch, result.Outcome);
        Assert.Empty(harness.SnmpDevice.Store.Log);
    }

    private Task<DeviceResult> RunAsync(DeviceTarget target, RunMode mode) =>
        new DeviceEngine(new Core.DriverCatalog([harness.Driver]), harness.Secrets, new SecretRedactor(), harness.EngineOptions, TimeProvider.System)
            .RunAsync(target, mode, CancellationToken.None);
}
