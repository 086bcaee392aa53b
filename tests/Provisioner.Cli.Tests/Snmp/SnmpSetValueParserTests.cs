using System.Net;
using Provisioner.Cli.Snmp;
using Provisioner.Snmp.Types;

namespace Provisioner.Cli.Tests.Snmp;

public sealed class SnmpSetValueParserTests
{
    public static TheoryData<string, string, SnmpValue> ValidValues => new()
    {
        { "i", "-42", new Integer32(-42) },
        { "i", "2147483647", new Integer32(int.MaxValue) },
        { "u", "4294967295", new Gauge32(uint.MaxValue) },
        { "c", "7", new Counter32(7) },
        { "C", "18446744073709551615", new Counter64(ulong.MaxValue) },
        { "t", "12345", new TimeTicks(12345) },
        { "a", "192.0.2.1", new IpAddress(IPAddress.Parse("192.0.2.1")) },
        { "o", ".1.3.6.1.4.1.8072", new ObjectIdentifier(Oid.Parse("1.3.6.1.4.1.8072")) },
        { "s", "relay@example.net", OctetString.FromString("relay@example.net") },
        { "s", string.Empty, OctetString.Empty },
        { "x", "80 00 1f", new OctetString([0x80, 0x00, 0x1F]) },
        { "x", "0x80001F", new OctetString([0x80, 0x00, 0x1F]) },
        { "d", "192.0.2.1", new OctetString([192, 0, 2, 1]) },
        { "d", "1 2 3", new OctetString([1, 2, 3]) },
        { "b", "0 3 9", new OctetString([0x90, 0x40]) },
        { "n", "anything", Null.Instance },
    };

    [Theory]
    [MemberData(nameof(ValidValues))]
    public void Parse_ValidValue_ReturnsTypedValue(string type, string text, SnmpValue expected)
    {
        Assert.Equal(expected, SnmpSetValueParser.Parse(type, text));
    }

    [Theory]
    [InlineData("i", "2147483648", "signed 32-bit")]
    [InlineData("i", "ten", "signed 32-bit")]
    [InlineData("u", "-1", "unsigned 32-bit")]
    [InlineData("c", "4294967296", "unsigned 32-bit")]
    [InlineData("C", "-5", "unsigned 64-bit")]
    [InlineData("t", "1.5", "hundredths")]
    [InlineData("a", "::1", "IPv4 address")]
    [InlineData("a", "300.1.1.1", "IPv4 address")]
    [InlineData("o", "iso.org", "numeric OID")]
    [InlineData("x", "ABC", "hexadecimal")]
    [InlineData("x", "zz", "hexadecimal")]
    [InlineData("d", "1.256", "decimal octets")]
    [InlineData("b", "x", "bit numbers")]
    [InlineData("q", "1", "not known")]
    [InlineData("I", "1", "not known")]
    public void Parse_InvalidValue_ThrowsUsageErrorNamingTheType(string type, string text, string problem)
    {
        var error = Assert.Throws<SnmpUsageException>(() => SnmpSetValueParser.Parse(type, text));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }
}
