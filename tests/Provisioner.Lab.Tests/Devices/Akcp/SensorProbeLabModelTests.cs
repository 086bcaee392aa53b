using Provisioner.Lab.Devices.Akcp;
using Provisioner.Snmp.Agent;
using Provisioner.Snmp.Pdus;
using Provisioner.Snmp.Types;

namespace Provisioner.Lab.Tests.Devices.Akcp;

public sealed class SensorProbeLabModelTests
{
    private static readonly Oid Port = Oid.Parse("1.3.6.1.4.1.3854.1.2.2.1.105.0");
    private static readonly Oid Password = Oid.Parse("1.3.6.1.4.1.3854.1.2.2.1.89.0");

    [Fact]
    public void Get_Identity_IsTheRealWalk()
    {
        var store = SensorProbeLabModel.CreateStore("sp");

        Assert.Equal("SensorProbe", store.Get(Oid.Parse("1.3.6.1.2.1.1.1.0")).ToString());
        Assert.Equal("1.3.6.1.4.1.3854.1", store.Get(Oid.Parse("1.3.6.1.2.1.1.2.0")).ToString());
    }

    [Fact]
    public void Set_PortAsInteger_IsAnsweredAsGauge32()
    {
        var store = SensorProbeLabModel.CreateStore("sp");
        Assert.IsType<Gauge32>(store.Get(Port));

        Assert.True(Set(store, Port, new Integer32(587)).IsSuccess);

        Assert.Equal(new Gauge32(587), store.Get(Port));
    }

    [Fact]
    public void Set_PortAsGauge32_IsWrongTypeAsTheMibSaysInteger() =>
        Assert.Equal(SnmpErrorStatus.WrongType, Set(SensorProbeLabModel.CreateStore("sp"), Port, new Gauge32(25)).Status);

    [Fact]
    public void Set_Password_IsKeptButReadsBackEmpty()
    {
        var store = SensorProbeLabModel.CreateStore("sp");

        Assert.True(Set(store, Password, OctetString.FromString("s3cret-pass")).IsSuccess);

        Assert.Equal(OctetString.Empty, store.Get(Password));
        Assert.True(store.TryGetValue(Password, out var kept));
        Assert.Equal("s3cret-pass", kept.ToString());
    }

    [Fact]
    public void Set_SendMailOutsideEnumeration_IsWrongValue() =>
        Assert.Equal(SnmpErrorStatus.WrongValue, Set(SensorProbeLabModel.CreateStore("sp"), Oid.Parse("1.3.6.1.4.1.3854.1.2.2.1.30.0"), new Integer32(3)).Status);

    internal static SetResult Set(MibStore store, Oid oid, SnmpValue value)
    {
        var bindings = new[] { new VarBind(oid, value) };
        var check = store.Validate(bindings);
        return check.IsSuccess ? store.Commit(bindings) : check;
    }
}
