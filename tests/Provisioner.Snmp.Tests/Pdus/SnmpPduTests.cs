using Provisioner.Snmp.Pdus;
using Provisioner.Snmp.Types;

namespace Provisioner.Snmp.Tests.Pdus;

public sealed class SnmpPduTests
{
    [Fact]
    public void GetBulk_CarriesNonRepeatersAndMaxRepetitionsInTheErrorFields()
    {
        var pdu = SnmpPdu.GetBulk(9, 2, 25, []);

        Assert.Equal(PduType.GetBulkRequest, pdu.Type);
        Assert.Equal(2, pdu.NonRepeaters);
        Assert.Equal(25, pdu.MaxRepetitions);
        Assert.Equal((SnmpErrorStatus)2, pdu.ErrorStatus);
        Assert.Equal(25, pdu.ErrorIndex);
    }

    [Fact]
    public void Equals_SameContentInDifferentLists_IsEqual()
    {
        VarBind[] a = [VarBind.ForRead(Oid.Parse("1.3.6.1.2.1.1.1.0"))];
        List<VarBind> b = [VarBind.ForRead(Oid.Parse("1.3.6.1.2.1.1.1.0"))];

        Assert.Equal(new SnmpPdu(PduType.GetRequest, 1, 0, 0, a), new SnmpPdu(PduType.GetRequest, 1, 0, 0, b));
        Assert.NotEqual(new SnmpPdu(PduType.GetRequest, 1, 0, 0, a), new SnmpPdu(PduType.GetRequest, 2, 0, 0, b));
    }
}
