using Provisioner.Lab.Devices.Apc;
using Provisioner.Snmp.Types;

namespace Provisioner.Lab.Tests.Devices.Apc;

public sealed class NetBotzLabModelTests
{
    [Fact]
    public void Get_Lists_AreCommaSeparatedText()
    {
        var store = NetBotzLabModel.CreateStore("nbz");

        Assert.Equal("facilities@contoso.com, ops@contoso.com", store.Get(Oid.Parse("1.3.6.1.4.1.5528.50.14.0")).ToString());
        Assert.Equal("10.0.0.8", store.Get(Oid.Parse("1.3.6.1.4.1.5528.50.36.0")).ToString());
    }

    [Fact]
    public void Get_SysObjectId_IsTheWallBotzProductOid() =>
        Assert.Equal("1.3.6.1.4.1.5528.30.1000", NetBotzLabModel.CreateStore("nbz").Get(Oid.Parse("1.3.6.1.2.1.1.2.0")).ToString());
}
