using Provisioner.Lab.Devices.Akcp;
using Provisioner.Snmp.Pdus;
using Provisioner.Snmp.Types;

namespace Provisioner.Lab.Tests.Devices.Akcp;

public sealed class SpPlusLabModelTests
{
    private static readonly Oid Password = Oid.Parse("1.3.6.1.4.1.3854.3.2.1.52.0");

    [Fact]
    public void Get_Password_FailsAndWalkSkipsIt()
    {
        var store = SpPlusLabModel.CreateStore("spx");

        Assert.IsType<NoSuchObject>(store.Get(Password));
        Assert.NotEqual(Password, store.GetNext(Oid.Parse("1.3.6.1.4.1.3854.3.2.1.51.0")).Oid);
    }

    [Fact]
    public void Set_Password_IsStored()
    {
        var store = SpPlusLabModel.CreateStore("spx");

        Assert.True(SensorProbeLabModelTests.Set(store, Password, OctetString.FromString("s3cret-pass")).IsSuccess);

        Assert.True(store.TryGetValue(Password, out var kept));
        Assert.Equal("s3cret-pass", kept.ToString());
    }

    [Fact]
    public void Set_SslOutsideEnumeration_IsWrongValue() =>
        Assert.Equal(SnmpErrorStatus.WrongValue, SensorProbeLabModelTests.Set(SpPlusLabModel.CreateStore("spx"), Oid.Parse("1.3.6.1.4.1.3854.3.2.1.87.0"), new Integer32(3)).Status);

    [Fact]
    public void Get_Identity_IsBareEnterpriseAndSpxPlus()
    {
        var store = SpPlusLabModel.CreateStore("spx");

        Assert.Equal("1.3.6.1.4.1.3854", store.Get(Oid.Parse("1.3.6.1.2.1.1.2.0")).ToString());
        Assert.StartsWith("SPX+ 1.0.4034", store.Get(Oid.Parse("1.3.6.1.2.1.1.1.0")).ToString(), StringComparison.Ordinal);
    }
}
