namespace Provisioner.Cli.Tests.Snmp;

/// <summary><c>provisioner snmp get|walk</c> print exactly what net-snmp's snmpget/snmpwalk <c>-On</c> print for the same agent.</summary>
public sealed class SnmpCommandNetSnmpParityTests(SnmpCliAgentFixture agent) : IClassFixture<SnmpCliAgentFixture>
{
    [Fact]
    public async Task Get_SameObjectsAsSnmpget_SameText()
    {
        string[] oids = ["1.3.6.1.2.1.1.1.0", "1.3.6.1.2.1.1.2.0", "1.3.6.1.2.1.1.3.0", "1.3.6.1.2.1.1.7.0", "1.3.6.1.2.1.1.42.0"];

        var expected = await NetSnmpTool.RunAsync("snmpget", ["-v", "2c", "-c", SnmpCliAgentFixture.Community, agent.Address, .. oids]);
        var ours = await CliRun.RunAsync(["snmp", "get", "-v", "2c", "-c", SnmpCliAgentFixture.Community, agent.Address, .. oids]);

        Assert.Equal(expected, ours.Out.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Walk_MibTwo_SameTextAsSnmpbulkwalk()
    {
        var expected = await NetSnmpTool.RunAsync("snmpbulkwalk", "-v", "2c", "-c", SnmpCliAgentFixture.Community, agent.Address, "1.3.6.1.2.1");
        var ours = await CliRun.RunAsync("snmp", "walk", "-v", "2c", "-c", SnmpCliAgentFixture.Community, agent.Address);

        Assert.Equal(expected, ours.Out.ReplaceLineEndings("\n"));
    }
}
