using Provisioner.Abstractions;
using Provisioner.Core;
using Provisioner.Drivers.SnmpCommon;
using Provisioner.Snmp.Types;
using Provisioner.Testing.Fakes;
using Provisioner.Transport.Snmp;

namespace Provisioner.Drivers.Akcp.Tests;

public sealed class SensorProbeDriverTests(SensorProbeV2cHarness harness) : IClassFixture<SensorProbeV2cHarness>
{
    [Fact]
    public async Task Read_PortAnsweredAsGauge32_IsReadAsNumber()
    {
        await harness.ResetAsync(CancellationToken.None);
        Assert.IsType<Gauge32>(harness.SnmpDevice.Store.Inner.Get(Oids.SensorProbe.SmtpPort));

        var read = await ReadAsync(SettingKey.SmtpPort);

        Assert.Equal(new Observed.Known(new IntegerValue(25)), read);
    }

    [Fact]
    public async Task Apply_Port_IsWrittenAsIntegerAndAnsweredAsGauge32()
    {
        await harness.ResetAsync(CancellationToken.None);

        var result = await RunAsync(RunMode.Apply);

        Assert.Equal(DeviceOutcome.Changed, result.Outcome);
        Assert.Contains(harness.SnmpDevice.Store.Log, b => b.Oid == Oids.SensorProbe.SmtpPort && b.Value is Integer32 { Value: 587 });
        Assert.Equal(new Gauge32(587), harness.SnmpDevice.Store.Inner.Get(Oids.SensorProbe.SmtpPort));
        Assert.Contains(result.ReadBack, c => c.Key.Equals(SettingKey.SmtpPort) && c.Kind == ComparisonKind.Match);
    }

    [Fact]
    public async Task Apply_Recipients_GoToRecipientAndCcSlots()
    {
        await harness.ResetAsync(CancellationToken.None);

        await RunAsync(RunMode.Apply);

        Assert.Equal("alerts-newyork-env@contoso.com", harness.SnmpDevice.Store.Inner.Get(Oids.SensorProbe.MailRecipient).ToString());
        Assert.Equal("alerts-critical@contoso.com", harness.SnmpDevice.Store.Inner.Get(Oids.SensorProbe.MailCc).ToString());
        Assert.Equal(new Integer32(1), harness.SnmpDevice.Store.Inner.Get(Oids.SensorProbe.SmtpAuth));
    }

    [Fact]
    public async Task Apply_SeverityWithoutObject_ListsTheManualStep()
    {
        await harness.ResetAsync(CancellationToken.None);

        var result = await RunAsync(RunMode.Apply);

        var step = Assert.Single(result.ManualSteps);
        Assert.Equal(SettingKey.AlertsMinimumSeverity, step.Key);
        Assert.Contains("Sensors", step.Where, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_DeviceOfAnotherKind_IsIdentityMismatchWithoutWrites()
    {
        await harness.ResetAsync(CancellationToken.None);
        harness.SnmpDevice.Store.Inner.SetValue(SystemOids.SysObjectId, new ObjectIdentifier(Oid.Parse(Oids.Enterprise)));

        var result = await RunAsync(RunMode.Apply);

        Assert.Equal(DeviceOutcome.IdentityMismatch, result.Outcome);
        Assert.Empty(harness.SnmpDevice.Store.Log);
    }

    [Fact]
    public async Task Apply_SysDescrOfAnotherModel_IsIdentityMismatchWithoutWrites()
    {
        await harness.ResetAsync(CancellationToken.None);
        harness.SnmpDevice.Store.Inner.SetValue(SystemOids.SysDescr, OctetString.FromString("SPX+ 1.0.4034 Dec 19 2017 15:17:28"));

        var result = await RunAsync(RunMode.Apply);

        Assert.Equal(DeviceOutcome.IdentityMismatch, result.Outcome);
        Assert.Contains(result.Diagnostics, d => d.Code == "device.identityMismatch" && d.Detail.Contains("snmp.sysDescr is 'SPX+", StringComparison.Ordinal));
        Assert.Empty(harness.SnmpDevice.Store.Log);
    }

    [Fact]
    public async Task Identify_RealSysDescr_GivesModel()
    {
        await harness.ResetAsync(CancellationToken.None);
        await using var session = await harness.Driver.OpenAsync(Request(SessionMode.ReadOnly), CancellationToken.None);

        var identity = await session.IdentifyAsync(CancellationToken.None);

        Assert.Equal("SensorProbe", identity.Model);
        Assert.Equal(Oids.LegacyProduct, identity.Detail(SnmpIdentityRule.SysObjectIdKey));
    }

    private OpenRequest Request(SessionMode mode) => new()
    {
        DeviceName = harness.Target.Name,
        Address = harness.Target.Address,
        Port = harness.Target.Port,
        Credentials = harness.Target.Credentials,
        Secrets = harness.Secrets,
        Mode = mode,
        Timeout = TimeSpan.FromSeconds(1),
    };

    private async Task<Observed> ReadAsync(SettingKey key)
    {
        await using var session = await harness.Driver.OpenAsync(Request(SessionMode.ReadOnly), CancellationToken.None);
        var read = await session.ReadAsync(new ReadRequest { Keys = new HashSet<SettingKey> { key } }, CancellationToken.None);
        return read.Values[key];
    }

    private Task<DeviceResult> RunAsync(RunMode mode) =>
        new DeviceEngine(new Core.DriverCatalog([harness.Driver]), harness.Secrets, new SecretRedactor(), harness.EngineOptions, TimeProvider.System)
            .RunAsync(harness.Target, mode, CancellationToken.None);
}
