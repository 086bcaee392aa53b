using Provisioner.Lab.Devices.ServerTech;
using Provisioner.Lab.Tests.Devices.Akcp;
using Provisioner.Snmp.Pdus;
using Provisioner.Snmp.Types;

namespace Provisioner.Lab.Tests.Devices.ServerTech;

public sealed class Sentry4LabModelTests
{
    private static readonly Oid Unit = Oid.Parse("1.3.6.1.4.1.1718.4.1.2.4.1.1.1");

    [Fact]
    public void Get_UnitNotifications_IsOneOctetC0() =>
        Assert.Equal("C0", ((OctetString)Sentry4LabModel.CreateStore("pdu").Get(Unit)).ToHex());

    [Fact]
    public void Set_TwoOctets_IsWrongLength() =>
        Assert.Equal(SnmpErrorStatus.WrongLength, SensorProbeLabModelTests.Set(Sentry4LabModel.CreateStore("pdu"), Unit, new OctetString([0xC0, 0x00])).Status);

    [Fact]
    public void Set_UndefinedBit_IsWrongValue() =>
        Assert.Equal(SnmpErrorStatus.WrongValue, SensorProbeLabModelTests.Set(Sentry4LabModel.CreateStore("pdu"), Unit, new OctetString([0x20])).Status);

    [Fact]
    public void Set_EmailOnly_IsStored()
    {
        var store = Sentry4LabModel.CreateStore("pdu");

        Assert.True(SensorProbeLabModelTests.Set(store, Unit, new OctetString([0x40])).IsSuccess);

        Assert.Equal("40", ((OctetString)store.Get(Unit)).ToHex());
    }
}
