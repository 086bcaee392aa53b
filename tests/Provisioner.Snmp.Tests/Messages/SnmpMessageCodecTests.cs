using Provisioner.Snmp.Messages;

namespace Provisioner.Snmp.Tests.Messages;

public sealed class SnmpMessageCodecTests
{
    [Theory]
    [InlineData("300B020102040170A0030201")]
    [InlineData("3011020103300C02010102020800040000020103")]
    [InlineData("3013020103300E020101020201E4040201040201030400")]
    [InlineData("3012020103300D020101020201E40401040201030400300230")]
    public void Decode_MalformedMessages_ThrowDecodeException(string hex)
    {
        Assert.Throws<SnmpDecodeException>(() => SnmpMessageCodec.Decode(Convert.FromHexString(hex)));
    }

    [Fact]
    public void Decode_UnsupportedVersion_NamesIt()
    {
        var ex = Assert.Throws<SnmpDecodeException>(() => SnmpMessageCodec.Decode(Convert.FromHexString("300C020102040170A0050201010201")));

        Assert.Contains("version 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_TrailingGarbageInsideTheMessage_IsRejected()
    {
        var packet = Convert.FromHexString("302902010004067075626C6963A019020101020100020100300E300C06082B0601020101010005000000");
        packet[1] = 0x29;

        Assert.Throws<SnmpDecodeException>(() => SnmpMessageCodec.Decode(packet));
    }
}
