using Provisioner.Snmp.Ber;
using Provisioner.Snmp.Messages;
using Provisioner.Snmp.Types;

namespace Provisioner.Snmp.Tests.Ber;

public sealed class SnmpBerReaderTests
{
    [Theory]
    [InlineData("020105", 5)]
    [InlineData("02020005", 5)]
    [InlineData("0204000000FF", 255)]
    [InlineData("0205FFFFFFFFFF", -1)]
    [InlineData("0201FF", -1)]
    [InlineData("0202FFFF", -1)]
    [InlineData("020480000000", int.MinValue)]
    [InlineData("02047FFFFFFF", int.MaxValue)]
    public void ReadInt32_MinimalOrPadded_IsAccepted(string hex, int expected)
    {
        var reader = new SnmpBerReader(Convert.FromHexString(hex));

        Assert.Equal(expected, reader.ReadInt32());
    }

    [Theory]
    [InlineData("020500FFFFFFFF00")]
    [InlineData("020500FFFFFFFF")]
    [InlineData("02050100000000")]
    [InlineData("0200")]
    public void ReadInt32_TooWideOrEmpty_Throws(string hex)
    {
        Assert.Throws<SnmpDecodeException>(() => new SnmpBerReader(Convert.FromHexString(hex)).ReadInt32());
    }

    [Theory]
    [InlineData("410500FFFFFFFF", 4294967295u)]
    [InlineData("4104FFFFFFFF", 4294967295u)]
    [InlineData("41020001", 1u)]
    [InlineData("410101", 1u)]
    public void ReadUInt32_CounterWithOrWithoutLeadingZero_IsAccepted(string hex, uint expected)
    {
        var reader = new SnmpBerReader(Convert.FromHexString(hex));

        Assert.Equal(expected, reader.ReadUInt32(0x41));
    }

    [Fact]
    public void ReadUInt64_Counter64Max_IsAccepted()
    {
        var reader = new SnmpBerReader(Convert.FromHexString("460900FFFFFFFFFFFFFFFF"));

        Assert.Equal(ulong.MaxValue, reader.ReadUInt64(0x46));
    }

    [Theory]
    [InlineData("0481036162")]
    [InlineData("048200026162")]
    public void ReadOctetString_LongFormLength_IsAccepted(string hex)
    {
        var content = new SnmpBerReader(Convert.FromHexString(hex + "63")).ReadOctetString();

        Assert.True(content.Length is 2 or 3);
    }

    [Fact]
    public void ReadConstructed_IndefiniteLength_IsRejected()
    {
        var ex = Assert.Throws<SnmpDecodeException>(() => new SnmpBerReader(Convert.FromHexString("3080020101 0000".Replace(" ", "", StringComparison.Ordinal))).ReadConstructed(0x30));

        Assert.Equal(1, ex.Offset);
    }

    [Fact]
    public void ReadOctetString_ConstructedForm_IsRejected()
    {
        Assert.Throws<SnmpDecodeException>(() => new SnmpBerReader(Convert.FromHexString("2403040161")).ReadOctetString());
    }

    [Theory]
    [InlineData("1F2201")]
    [InlineData("04")]
    [InlineData("0405616263")]
    [InlineData("0484FFFFFFFF61")]
    [InlineData("04FF")]
    public void ReadTlvAny_BadFraming_Throws(string hex)
    {
        Assert.Throws<SnmpDecodeException>(() => new SnmpBerReader(Convert.FromHexString(hex)).ReadTlvAny(out _, out _));
    }

    [Theory]
    [InlineData("06082B06010201010100", "1.3.6.1.2.1.1.1.0")]
    [InlineData("06082B06018FFFFFFF7F", "1.3.6.1.4294967295")]
    [InlineData("0603883703", "2.999.3")]
    [InlineData("060100", "0.0")]
    public void ReadOid_ValidEncodings_Decode(string hex, string expected)
    {
        Assert.Equal(expected, new SnmpBerReader(Convert.FromHexString(hex)).ReadOid().ToString());
    }

    [Theory]
    [InlineData("0600")]
    [InlineData("06022B86")]
    [InlineData("06072B069FFFFFFF7F")]
    public void ReadOid_InvalidEncodings_Throw(string hex)
    {
        Assert.Throws<SnmpDecodeException>(() => new SnmpBerReader(Convert.FromHexString(hex)).ReadOid());
    }

    [Fact]
    public void ReadIpAddress_WrongLength_Throws()
    {
        Assert.Throws<SnmpDecodeException>(() => new SnmpBerReader(Convert.FromHexString("4003010203")).ReadIpAddress());
    }

    [Fact]
    public void Decode_MessageWithLenientEncodings_ReadsTheValues()
    {
        // v2c Response; request-id as 02 02 00 05 (padded), community with a long-form length,
        // and a Counter32 of 2^32-1 sent without its leading zero octet.
        var packet = Convert.FromHexString("30250201010481067075626C6963A21702020005020100020100300B300906012B4104FFFFFFFF");

        var message = SnmpMessageCodec.Decode(packet);

        Assert.Equal(5, message.Pdu!.RequestId);
        Assert.Equal("public", message.Community.ToString());
        Assert.Equal(new Counter32(uint.MaxValue), message.Pdu.VarBinds[0].Value);
    }
}
