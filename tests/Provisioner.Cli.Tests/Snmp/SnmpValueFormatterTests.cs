using System.Net;
using Provisioner.Cli.Snmp;
using Provisioner.Snmp.Types;

namespace Provisioner.Cli.Tests.Snmp;

/// <summary>The expected lines are copied from net-snmp 5.9.3 <c>snmpget -m "" -On</c> output.</summary>
public sealed class SnmpValueFormatterTests
{
    public static TheoryData<SnmpValue, string> NetSnmpLines => new()
    {
        { new Integer32(-3), "INTEGER: -3" },
        { OctetString.FromString("vm"), "STRING: \"vm\"" },
        { OctetString.FromString("quote\"back\\slash"), "STRING: \"quote\\\"back\\\\slash\"" },
        { OctetString.Empty, "\"\"" },
        { new OctetString([0x80, 0x00, 0x1F, 0x88, 0x04, 0x70, 0x72, 0x6F, 0x76, 0x69, 0x73, 0x69, 0x6F, 0x6E, 0x65, 0x72, 0x2D, 0x69]), "Hex-STRING: 80 00 1F 88 04 70 72 6F 76 69 73 69 6F 6E 65 72 \n2D 69 " },
        { Null.Instance, "NULL" },
        { new ObjectIdentifier(Oid.Parse("1.3.6.1.4.1.8072.3.2.10")), "OID: .1.3.6.1.4.1.8072.3.2.10" },
        { new IpAddress(IPAddress.Loopback), "IpAddress: 127.0.0.1" },
        { new Counter32(78846626), "Counter32: 78846626" },
        { new Gauge32(10000000), "Gauge32: 10000000" },
        { new TimeTicks(50), "Timeticks: (50) 0:00:00.50" },
        { new TimeTicks(8640000 + 360000 + 6000 + 100 + 1), "Timeticks: (9006101) 1 day, 1:01:01.01" },
        { new TimeTicks(3 * 8640000), "Timeticks: (25920000) 3 days, 0:00:00.00" },
        { new Counter64(78846626), "Counter64: 78846626" },
        { NoSuchObject.Instance, "No Such Object available on this agent at this OID" },
        { NoSuchInstance.Instance, "No Such Instance currently exists at this OID" },
        { EndOfMibView.Instance, "No more variables left in this MIB View (It is past the end of the MIB tree)" },
    };

    [Theory]
    [MemberData(nameof(NetSnmpLines))]
    public void FormatValue_EachType_MatchesNetSnmp(SnmpValue value, string expected)
    {
        Assert.Equal(expected, SnmpValueFormatter.FormatValue(value));
    }

    [Fact]
    public void FormatLine_Binding_HasLeadingDotAndEquals()
    {
        var line = SnmpValueFormatter.FormatLine(new VarBind(Oid.Parse("1.3.6.1.2.1.1.5.0"), OctetString.FromString("vm")));

        Assert.Equal(".1.3.6.1.2.1.1.5.0 = STRING: \"vm\"", line);
    }

    [Fact]
    public void Hex_ExactlySixteenOctets_HasNoLineBreak()
    {
        Assert.DoesNotContain('\n', SnmpValueFormatter.Hex(new byte[16]));
    }
}
