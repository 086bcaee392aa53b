using Provisioner.Snmp.Types;

namespace Provisioner.Snmp.Tests.Types;

public sealed class OctetStringTests
{
    [Fact]
    public void FromString_Utf8_RoundTripsAndShowsHex()
    {
        var value = OctetString.FromString("Zürich");

        Assert.Equal("Zürich", value.ToString());
        Assert.Equal("5AC3BC72696368", value.ToHex());
        Assert.Equal(7, value.Length);
    }

    [Fact]
    public void Equals_SameBytes_AreEqual()
    {
        Assert.Equal(new OctetString([1, 2, 3]), new OctetString([1, 2, 3]));
        Assert.NotEqual(new OctetString([1, 2, 3]), new OctetString([1, 2, 4]));
        Assert.Equal(new OctetString([1, 2, 3]).GetHashCode(), new OctetString([1, 2, 3]).GetHashCode());
    }

    [Fact]
    public void Constructor_CopiesTheInput()
    {
        var bytes = new byte[] { 1, 2, 3 };
        var value = new OctetString(bytes);

        bytes[0] = 9;

        Assert.Equal(1, value.AsSpan()[0]);
    }
}
