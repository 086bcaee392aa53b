using System.Net;
using Provisioner.Lab.Network;

namespace Provisioner.Lab.Tests.Network;

public sealed class LoopbackGuardTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.77.3.200")]
    [InlineData("127.255.255.254")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.5")]
    public void Ensure_LoopbackAddress_ReturnsIt(string text)
    {
        var address = IPAddress.Parse(text);

        Assert.Same(address, LoopbackGuard.Ensure(address, "a test"));
    }

    [Theory]
    [InlineData("10.6.0.25")]
    [InlineData("0.0.0.0")]
    [InlineData("::")]
    [InlineData("128.0.0.1")]
    [InlineData("192.0.2.1")]
    [InlineData("fe80::1")]
    public void Ensure_OtherAddress_ThrowsNamingAddressAndPurpose(string text)
    {
        var ex = Assert.Throws<LabNetworkException>(() => LoopbackGuard.Ensure(IPAddress.Parse(text), "the SNMP agent"));

        Assert.Contains(text, ex.Message, StringComparison.Ordinal);
        Assert.Contains("the SNMP agent", ex.Message, StringComparison.Ordinal);
    }
}
