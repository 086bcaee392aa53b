using Xunit.Abstractions;

namespace Provisioner.Snmp.Tests.Interop;

/// <summary>net-snmp's snmpget, snmpgetnext, snmpbulkget, snmpwalk, snmpbulkwalk and snmpset against our agent.</summary>
public sealed class NetSnmpToolsAgainstAgentTests(InteropAgentFixture fixture, ITestOutputHelper output) : IClassFixture<InteropAgentFixture>
{
    [Fact]
    public async Task NetSnmpTools_EveryMatrixRow_AllOperationsSucceed()
    {
        var driver = new NetSnmpToolDriver($"udp:127.0.0.1:{fixture.AgentV4.LocalEndpoint.Port}", fixture.Environment, InteropAgent.SystemGroup);

        var report = await InteropMatrixRunner.RunAsync(
            "net-snmp 5.9.3 tools → Provisioner SnmpAgent (IPv4)", InteropMatrix.All, driver.RunAsync, CancellationToken.None);

        output.WriteLine(report.RenderTable());
        output.WriteLine("Written to " + await report.WriteAsync("tools-vs-agent", CancellationToken.None));
        Assert.True(report.Failures.Count == 0, report.RenderTable());
    }

    [Fact]
    public async Task NetSnmpTools_V2cAndV3OverIpv6_WalkAndSetSucceed()
    {
        var driver = new NetSnmpToolDriver($"udp6:[::1]:{fixture.AgentV6.LocalEndpoint.Port}", fixture.Environment, InteropAgent.SystemGroup);
        var v3 = InteropMatrix.UsmCases.Single(c => c.Auth == "SHA-384" && c.Priv == "AES-192-C");

        foreach (var row in new[] { InteropMatrix.CommunityCases[1], v3 })
        {
            await driver.RunAsync(row, InteropOperation.Walk, CancellationToken.None);
            await driver.RunAsync(row, InteropOperation.SetGet, CancellationToken.None);
        }
    }

    [Fact]
    public async Task Snmpset_ReadOnlyCommunity_IsRefusedByOurAgent()
    {
        var result = await ProcessRunner.RunAsync(
            NetSnmpBinaries.Tool("snmpset"),
            ["-m", string.Empty, "-On", "-v", "2c", "-c", InteropMatrix.ReadOnlyCommunity, $"udp:127.0.0.1:{fixture.AgentV4.LocalEndpoint.Port}", "1.3.6.1.2.1.1.4.0", "s", "refused"],
            fixture.Environment,
            CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("noAccess", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Snmpget_WrongPrivPassword_GetsNoAnswerOrDecryptionError()
    {
        var row = InteropMatrix.UsmCases.Single(c => c.Auth == "SHA" && c.Priv == "AES");
        var options = row.ToolOptions().Select(o => o == InteropCase.PrivPassword ? "wrong-priv-pass" : o);
        var result = await ProcessRunner.RunAsync(
            NetSnmpBinaries.Tool("snmpget"),
            ["-m", string.Empty, "-On", "-t", "1", "-r", "0", .. options, $"udp:127.0.0.1:{fixture.AgentV4.LocalEndpoint.Port}", "1.3.6.1.2.1.1.5.0"],
            fixture.Environment,
            CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.DoesNotContain("interop-agent", result.StandardOutput, StringComparison.Ordinal);
    }
}
