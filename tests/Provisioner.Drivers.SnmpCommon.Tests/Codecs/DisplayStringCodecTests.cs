using System.Text;
using Provisioner.Abstractions;
using Provisioner.Snmp.Types;

namespace Provisioner.Drivers.SnmpCommon.Tests;

public sealed class DisplayStringCodecTests
{
    [Theory]
    [InlineData("ups@contoso.com\0\0", "ups@contoso.com")]
    [InlineData("  ups@contoso.com  ", "ups@contoso.com")]
    [InlineData("ups@contoso.com\r\n", "ups@contoso.com")]
    public void Decode_PaddedText_IsTrimmed(string wire, string expected) =>
        Assert.Equal(new TextValue(expected), new DisplayStringCodec().Decode(new OctetString(Encoding.ASCII.GetBytes(wire))));

    [Fact]
    public void Decode_Empty_IsNothingSet() => Assert.Null(new DisplayStringCodec().Decode(OctetString.Empty));

    [Fact]
    public void Decode_Integer_Throws() => Assert.Throws<SnmpCodecException>(() => new DisplayStringCodec().Decode(new Integer32(1)));

    [Fact]
    public void Encode_TooLong_ThrowsWithTheLimit()
    {
        var ex = Assert.Throws<SnmpCodecException>(() => new DisplayStringCodec(10).Encode(new TextValue("alerts@contoso.com")));
        Assert.Contains("10", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Encode_EmptyIntoSize1_CannotBeCleared() =>
        Assert.Contains("cannot be cleared", Assert.Throws<SnmpCodecException>(() => new DisplayStringCodec(49, 1).Encode(new TextValue(string.Empty))).Message, StringComparison.Ordinal);

    [Fact]
    public void Encode_NonAscii_Throws() => Assert.Throws<SnmpCodecException>(() => new DisplayStringCodec().Encode(new TextValue("zoë@contoso.com")));

    [Fact]
    public void Encode_Text_IsAsciiOctets() =>
        Assert.Equal(OctetString.FromString("a@contoso.com"), new DisplayStringCodec().Encode(new TextValue(" a@contoso.com ")));
}
