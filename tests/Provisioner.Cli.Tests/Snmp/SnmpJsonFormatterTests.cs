using System.Text.Json;
using Provisioner.Cli.Snmp;
using Provisioner.Snmp.Types;

namespace Provisioner.Cli.Tests.Snmp;

public sealed class SnmpJsonFormatterTests
{
    [Fact]
    public void FormatBindings_MixedTypes_WritesOidTypeAndValue()
    {
        VarBind[] bindings =
        [
            new(Oid.Parse("1.3.6.1.2.1.1.5.0"), OctetString.FromString("ups-01")),
            new(Oid.Parse("1.3.6.1.2.1.1.7.0"), new Integer32(72)),
            new(Oid.Parse("1.3.6.1.6.3.10.2.1.1.0"), new OctetString([0x80, 0x00])),
            new(Oid.Parse("1.3.6.1.2.1.31.1.1.1.6.1"), new Counter64(ulong.MaxValue)),
            new(Oid.Parse("1.3.6.1.2.1.1.99.0"), NoSuchObject.Instance),
        ];

        using var json = JsonDocument.Parse(SnmpJsonFormatter.FormatBindings("127.0.0.1:161", bindings));

        var root = json.RootElement;
        Assert.Equal("127.0.0.1:161", root.GetProperty("agent").GetString());
        var items = root.GetProperty("varbinds").EnumerateArray().ToList();
        Assert.Equal("1.3.6.1.2.1.1.5.0", items[0].GetProperty("oid").GetString());
        Assert.Equal("OctetString", items[0].GetProperty("type").GetString());
        Assert.Equal("ups-01", items[0].GetProperty("value").GetString());
        Assert.Equal(72, items[1].GetProperty("value").GetInt32());
        Assert.Equal(JsonValueKind.Null, items[2].GetProperty("value").ValueKind);
        Assert.Equal("8000", items[2].GetProperty("hex").GetString());
        Assert.Equal("18446744073709551615", items[3].GetProperty("value").GetString());
        Assert.Equal("NoSuchObject", items[4].GetProperty("type").GetString());
    }
}
