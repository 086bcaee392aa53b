using Provisioner.Cli.Snmp;
using Provisioner.Snmp.Types;

namespace Provisioner.Cli.Tests.Snmp;

public sealed class SnmpArgumentsTests
{
    [Fact]
    public void ParseOids_NumericWithAndWithoutLeadingDot_Parses()
    {
        var oids = SnmpArguments.ParseOids(["1.3.6.1.2.1.1.5.0", ".1.3.6.1.2.1.1.1.0"]);

        Assert.Equal([Oid.Parse("1.3.6.1.2.1.1.5.0"), Oid.Parse("1.3.6.1.2.1.1.1.0")], oids);
    }

    [Fact]
    public void ParseOids_MibName_ExplainsNumericOidsOnly()
    {
        var error = Assert.Throws<SnmpUsageException>(() => SnmpArguments.ParseOids(["SNMPv2-MIB::sysName.0"]));

        Assert.Contains("not a numeric OID", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseOids_None_Throws() => Assert.Throws<SnmpUsageException>(() => SnmpArguments.ParseOids([]));

    [Fact]
    public void ParseSetTriples_TwoTriples_BuildsBindingsInOrder()
    {
        var bindings = SnmpArguments.ParseSetTriples(["1.3.6.1.2.1.1.4.0", "s", "ops@example.net", "1.3.6.1.4.1.9.1.0", "i", "3"]);

        Assert.Equal(
            [new VarBind(Oid.Parse("1.3.6.1.2.1.1.4.0"), OctetString.FromString("ops@example.net")), new VarBind(Oid.Parse("1.3.6.1.4.1.9.1.0"), new Integer32(3))],
            bindings);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(4)]
    public void ParseSetTriples_NotTriples_ExplainsTheForm(int count)
    {
        var texts = new[] { "1.3.6.1.2.1.1.4.0", "s", "x", "1.3.6.1.2.1.1.6.0" }.Take(count).ToList();

        var error = Assert.Throws<SnmpUsageException>(() => SnmpArguments.ParseSetTriples(texts));

        Assert.Contains("OID TYPE VALUE", error.Message, StringComparison.Ordinal);
    }
}
