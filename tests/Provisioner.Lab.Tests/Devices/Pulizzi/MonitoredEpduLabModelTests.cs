using System.Net;
using Provisioner.Lab.Devices.Pulizzi;
using Provisioner.Lab.Tests.Devices.Akcp;
using Provisioner.Snmp.Pdus;
using Provisioner.Snmp.Types;

namespace Provisioner.Lab.Tests.Devices.Pulizzi;

public sealed class MonitoredEpduLabModelTests
{
    private static readonly Oid Recipient = Oid.Parse("1.3.6.1.4.1.20677.3.1.1.2.7.0");
    private static readonly Oid Server = Oid.Parse("1.3.6.1.4.1.20677.3.1.1.2.6.0");

    [Fact]
    public void Set_EmptyRecipient_IsWrongLength() =>
        Assert.Equal(SnmpErrorStatus.WrongLength, SensorProbeLabModelTests.Set(MonitoredEpduLabModel.CreateStore("pdu"), Recipient, OctetString.Empty).Status);

    [Fact]
    public void Set_RecipientOf50Octets_IsWrongLength() =>
        Assert.Equal(SnmpErrorStatus.WrongLength, SensorProbeLabModelTests.Set(MonitoredEpduLabModel.CreateStore("pdu"), Recipient, OctetString.FromString(new string('a', 40) + "@contoso.c")).Status);

    [Fact]
    public void Set_ServerAsText_IsWrongType() =>
        Assert.Equal(SnmpErrorStatus.WrongType, SensorProbeLabModelTests.Set(MonitoredEpduLabModel.CreateStore("pdu"), Server, OctetString.FromString("10.6.0.25")).Status);

    [Fact]
    public void Set_ServerAsIpAddress_IsStored()
    {
        var store = MonitoredEpduLabModel.CreateStore("pdu");

        Assert.True(SensorProbeLabModelTests.Set(store, Server, new IpAddress(IPAddress.Parse("10.6.0.25"))).IsSuccess);

        Assert.Equal("10.6.0.25", store.Get(Server).ToString());
    }
}
