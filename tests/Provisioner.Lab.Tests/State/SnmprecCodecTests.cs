using System.Net;
using Provisioner.Lab.State;
using Provisioner.Snmp.Types;

namespace Provisioner.Lab.Tests.State;

public sealed class SnmprecCodecTests
{
    public static TheoryData<string> Lines => new()
    {
        "1.3.6.1.2.1.1.5.0|4|DCP-01",
        "1.3.6.1.2.1.1.2.0|6|1.3.6.1.4.1.1918.2.13",
        "1.3.6.1.4.1.1918.2.13.10.30.65.20.0|64|10.6.0.25",
        "1.3.6.1.4.1.1918.2.13.10.30.65.30.0|2|25",
        "1.3.6.1.4.1.1918.2.13.10.30.65.60.1.30.1|67|30",
        "1.3.6.1.2.1.1.6.0|4x|7C00FF",
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void Parse_ThenFormat_GivesTheSameLine(string line) => Assert.Equal(line, SnmprecCodec.Format(SnmprecCodec.Parse(line)));

    [Fact]
    public void Format_TextWithPipe_IsWrittenInHex()
    {
        var line = SnmprecCodec.Format(new VarBind(Oid.Parse("1.3.6.1.2.1.1.6.0"), OctetString.FromString("a|b")));

        Assert.Equal("1.3.6.1.2.1.1.6.0|4x|617C62", line);
    }

    [Theory]
    [InlineData("not-an-oid|2|1")]
    [InlineData("1.3.6.1.2.1.1.5.0|99|x")]
    [InlineData("1.3.6.1.2.1.1.5.0|2|notanumber")]
    [InlineData("1.3.6.1.2.1.1.5.0|64|::1")]
    public void Parse_BadLine_ThrowsFormatExceptionQuotingIt(string line)
    {
        var ex = Assert.ThrowsAny<FormatException>(() => SnmprecCodec.Parse(line));

        Assert.Contains(line.Split('|')[0], ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_IpAddress_GivesIpAddressValue() =>
        Assert.Equal(new IpAddress(IPAddress.Parse("10.6.0.25")), SnmprecCodec.Parse("1.3.6.1.2.1.1.1.0|64|10.6.0.25").Value);
}
