using System.Text.Json;
using Provisioner.Cli.Options;
using Provisioner.Cli.Snmp;

namespace Provisioner.Cli.Tests.Snmp;

public sealed class SnmpProbeWriterTests
{
    private static readonly SnmpProbeResult Result = new()
    {
        Agent = "127.0.0.1:1161",
        Version = "V2c",
        SysDescr = "Network Management Card",
        SysObjectId = "1.3.6.1.4.1.318.1.3.27",
        SysName = "ups-01",
        SysUpTime = 50,
        EngineId = "80001F8804",
        EngineBoots = 3,
        EngineTime = null,
        RoundTripMilliseconds = 1.25,
    };

    [Fact]
    public void Format_Text_AlignsLabelsAndMarksMissingValues()
    {
        var text = SnmpProbeWriter.Format(Result, OutputFormat.Table);

        Assert.Contains("Agent:        127.0.0.1:1161 (SNMP V2c)", text, StringComparison.Ordinal);
        Assert.Contains("sysObjectID:  .1.3.6.1.4.1.318.1.3.27", text, StringComparison.Ordinal);
        Assert.Contains("sysUpTime:    (50) 0:00:00.50", text, StringComparison.Ordinal);
        Assert.Contains("Engine ID:    80001F8804", text, StringComparison.Ordinal);
        Assert.Contains("Engine time:  (not available)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_Json_UsesCamelCaseProperties()
    {
        using var json = JsonDocument.Parse(SnmpProbeWriter.Format(Result, OutputFormat.Json));

        Assert.Equal("ups-01", json.RootElement.GetProperty("sysName").GetString());
        Assert.Equal("80001F8804", json.RootElement.GetProperty("engineId").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("engineTime").ValueKind);
    }
}
