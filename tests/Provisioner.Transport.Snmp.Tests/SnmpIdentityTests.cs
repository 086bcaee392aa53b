using Provisioner.Snmp.Types;

namespace Provisioner.Transport.Snmp.Tests;

public sealed class SnmpIdentityTests
{
    [Fact]
    public void FromBindings_ReadsTheSystemGroupAndTrimsPadding()
    {
        var group = SnmpIdentity.FromBindings(
        [
            new VarBind(SnmpIdentity.SysName, OctetString.FromString("dcp-ny-01\0")),
            new VarBind(SnmpIdentity.SysDescr, OctetString.FromString("SC200 Controller - software version 4.04 ")),
            new VarBind(SnmpIdentity.SysObjectId, new ObjectIdentifier(Oid.Parse("1.3.6.1.4.1.1918.2.13"))),
        ]);

        Assert.Equal(new SystemGroup("SC200 Controller - software version 4.04", "1.3.6.1.4.1.1918.2.13", "dcp-ny-01"), group);
    }

    [Fact]
    public void FromBindings_MissingObjects_AreNull()
    {
        var group = SnmpIdentity.FromBindings([new VarBind(SnmpIdentity.SysDescr, NoSuchObject.Instance), new VarBind(SnmpIdentity.SysObjectId, NoSuchInstance.Instance)]);

        Assert.Equal(new SystemGroup(null, null, null), group);
    }
}
