using System.Net;
using System.Text.Json;
using Provisioner.Cli.Snmp;
using Provisioner.Snmp.Agent;
using Provisioner.Snmp.Types;

namespace Provisioner.Cli.Tests.Snmp;

/// <summary><c>provisioner snmp get|set|walk|probe</c> end to end against our agent on loopback.</summary>
public sealed class SnmpCommandEndToEndTests(SnmpCliAgentFixture agent) : IClassFixture<SnmpCliAgentFixture>
{
    private const int UsageError = 4;

    [Fact]
    public async Task Get_V2c_PrintsNetSnmpLines()
    {
        var (exit, output, error) = await CliRun.RunAsync("snmp", "get", "-v", "2c", "-c", SnmpCliAgentFixture.Community, agent.Address, "1.3.6.1.2.1.1.5.0", "1.3.6.1.2.1.1.3.0", "1.3.6.1.2.1.1.2.0", "1.3.6.1.2.1.1.99.0");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        Assert.Equal(
            ".1.3.6.1.2.1.1.5.0 = STRING: \"ups-01\"\n" +
            ".1.3.6.1.2.1.1.3.0 = Timeticks: (9006101) 1 day, 1:01:01.01\n" +
            ".1.3.6.1.2.1.1.2.0 = OID: .1.3.6.1.4.1.318.1.3.27\n" +
            ".1.3.6.1.2.1.1.99.0 = No Such Object available on this agent at this OID\n",
            output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Get_Ipv6AgentInBrackets_Reads()
    {
        var store = new MibStore().AddScalar(Oid.Parse("1.3.6.1.2.1.1.5"), OctetString.FromString("v6-device"));
        await using var v6 = SnmpAgent.Start(
            new SnmpAgentOptions { Endpoint = new IPEndPoint(IPAddress.IPv6Loopback, 0), ReadOnlyCommunities = ["v6-ro"] }, store);

        var (exit, output, _) = await CliRun.RunAsync("snmp", "get", "-c", "v6-ro", $"[::1]:{v6.LocalEndpoint.Port}", "1.3.6.1.2.1.1.5.0");

        Assert.Equal(0, exit);
        Assert.Equal(".1.3.6.1.2.1.1.5.0 = STRING: \"v6-device\"", output.Trim());
    }

    [Fact]
    public async Task Get_V3AuthPrivWithSecretsFromEnvironment_ReadsAndNeverPrintsSecrets()
    {
        var environment = new Dictionary<string, string>
        {
            [SnmpSecretEnvironment.AuthPasswordVariable] = SnmpCliAgentFixture.AuthPassword,
            [SnmpSecretEnvironment.PrivPasswordVariable] = SnmpCliAgentFixture.PrivPassword,
        };

        var (exit, output, error) = await CliRun.RunAsync(environment, "snmp", "get", "-u", "cli-user", "-a", "SHA-256", "-x", "AES-256-C", agent.Address, "1.3.6.1.2.1.1.5.0", "--verbose");

        Assert.Equal(0, exit);
        Assert.Equal(".1.3.6.1.2.1.1.5.0 = STRING: \"ups-01\"", output.Trim());
        Assert.DoesNotContain(SnmpCliAgentFixture.AuthPassword, output + error, StringComparison.Ordinal);
        Assert.DoesNotContain(SnmpCliAgentFixture.PrivPassword, output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Set_TypedValuesThenGet_ReadsBackAsJson()
    {
        var set = await CliRun.RunAsync("snmp", "set", "-c", SnmpCliAgentFixture.Community, agent.Address, "1.3.6.1.2.1.1.6.0", "s", "rack 9", "1.3.6.1.2.1.1.4.0", "x", "6E 6F 63 40 65 78");

        var (exit, output, _) = await CliRun.RunAsync("snmp", "get", "-c", SnmpCliAgentFixture.Community, "-o", "json", agent.Address, "1.3.6.1.2.1.1.6.0", "1.3.6.1.2.1.1.4.0");

        Assert.Equal(0, set.ExitCode);
        Assert.Equal(".1.3.6.1.2.1.1.6.0 = STRING: \"rack 9\"\n.1.3.6.1.2.1.1.4.0 = STRING: \"noc@ex\"\n", set.Out.ReplaceLineEndings("\n"));
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var values = json.RootElement.GetProperty("varbinds").EnumerateArray().Select(v => v.GetProperty("value").GetString()).ToList();
        Assert.Equal(["rack 9", "noc@ex"], values);
    }

    [Fact]
    public async Task Set_ReadOnlyObjectInThePdu_FailsWholeSetWithNotWritable()
    {
        var (exit, _, error) = await CliRun.RunAsync("snmp", "set", "-c", SnmpCliAgentFixture.Community, agent.Address, "1.3.6.1.2.1.1.5.0", "s", "renamed", "1.3.6.1.2.1.1.7.0", "i", "1");
        var after = await CliRun.RunAsync("snmp", "get", "-c", SnmpCliAgentFixture.Community, agent.Address, "1.3.6.1.2.1.1.5.0");

        Assert.Equal(1, exit);
        Assert.Contains("Reason: NotWritable (error index 2)", error, StringComparison.Ordinal);
        Assert.Contains("Failed object: .1.3.6.1.2.1.1.7.0", error, StringComparison.Ordinal);
        Assert.Contains("\"ups-01\"", after.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("2c")]
    public async Task Walk_System_PrintsEveryObjectInOrder(string version)
    {
        var (exit, output, _) = await CliRun.RunAsync("snmp", "walk", "-v", version, "-c", SnmpCliAgentFixture.Community, agent.Address, "1.3.6.1.2.1.1");

        Assert.Equal(0, exit);
        var oids = output.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l[..l.IndexOf(' ', StringComparison.Ordinal)]);
        Assert.Equal([.. Enumerable.Range(1, 7).Select(i => $".1.3.6.1.2.1.1.{i}.0")], oids);
    }

    [Fact]
    public async Task Probe_V3_ReportsSystemAndDiscoveredEngineId()
    {
        var (exit, output, _) = await CliRun.RunAsync(
            "snmp", "probe", "-v", "3", "-u", "cli-user", "-l", "authPriv", "-a", "SHA-256", "-A", SnmpCliAgentFixture.AuthPassword, "-x", "AES-256-C", "-X", SnmpCliAgentFixture.PrivPassword, "-o", "json", agent.Address);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("Lab UPS card", root.GetProperty("sysDescr").GetString());
        Assert.Equal("1.3.6.1.4.1.318.1.3.27", root.GetProperty("sysObjectId").GetString());
        Assert.Equal("ups-01", root.GetProperty("sysName").GetString());
        Assert.Equal(9006101u, root.GetProperty("sysUpTime").GetUInt32());
        Assert.Equal(Convert.ToHexString(SnmpCliAgentFixture.EngineId), root.GetProperty("engineId").GetString());
    }

    [Fact]
    public async Task Probe_V1AgentWithoutEngineGroup_ReportsSystemAndMarksEngineUnknown()
    {
        var (exit, output, _) = await CliRun.RunAsync("snmp", "probe", "-v", "1", "-c", SnmpCliAgentFixture.Community, agent.Address);

        Assert.Equal(0, exit);
        Assert.Contains("sysName:      ups-01", output, StringComparison.Ordinal);
        Assert.Contains("Engine ID:    (not available)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Probe_WrongAuthPassword_ShowsEngineIdAndTheAuthenticationError()
    {
        var (exit, output, _) = await CliRun.RunAsync(
            "snmp", "probe", "-u", "cli-user", "-a", "SHA-256", "-A", "wrong-pass-phrase", "-x", "AES-256-C", "-X", SnmpCliAgentFixture.PrivPassword, "-t", "0.5", "-r", "0", agent.Address);

        Assert.Equal(1, exit);
        Assert.Contains("Engine ID:    " + Convert.ToHexString(SnmpCliAgentFixture.EngineId), output, StringComparison.Ordinal);
        Assert.Contains("Error:", output, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-pass-phrase", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WrongCommunity_TimesOutWithNetSnmpMessage()
    {
        var (exit, output, error) = await CliRun.RunAsync("snmp", "get", "-c", "not-the-community", "-t", "0.3", "-r", "0", agent.Address, "1.3.6.1.2.1.1.5.0");

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("Timeout: No Response from 127.0.0.1:", error, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-community", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("get", "127.0.0.1:0", "1.3.6.1.2.1.1.5.0")]
    [InlineData("get", "127.0.0.1", "sysName.0")]
    [InlineData("set", "127.0.0.1", "1.3.6.1.2.1.1.5.0", "s")]
    [InlineData("set", "127.0.0.1", "1.3.6.1.2.1.1.5.0", "q", "1")]
    public async Task Commands_BadArguments_ExitWithUsageError(params string[] args)
    {
        var (exit, output, error) = await CliRun.RunAsync(["snmp", args[0], "-c", "c", .. args[1..]]);

        Assert.Equal(UsageError, exit);
        Assert.Equal(string.Empty, output);
        Assert.NotEqual(string.Empty, error);
    }

    [Fact]
    public async Task Get_NoCommunityAnywhere_SaysWhereToPutIt()
    {
        var (exit, _, error) = await CliRun.RunAsync("snmp", "get", agent.Address, "1.3.6.1.2.1.1.5.0");

        Assert.Equal(UsageError, exit);
        Assert.Contains(SnmpSecretEnvironment.CommunityVariable, error, StringComparison.Ordinal);
    }
}
