using Xunit.Abstractions;

namespace Provisioner.Snmp.Tests.Interop;

/// <summary>
/// Proves the generated snmpd configuration with net-snmp's own tools, so that a failure of our
/// client in the other interop tests points at our code, not at the fixture.
/// </summary>
public sealed class SnmpdFixtureTests(SnmpdFixture fixture, ITestOutputHelper output) : IClassFixture<SnmpdFixture>
{
    private const string SysContact = "1.3.6.1.2.1.1.4.0";

    [Fact]
    public async Task NetSnmpTools_EveryMatrixRowOverIpv4_AllOperationsSucceed()
    {
        var snmpd = fixture.Snmpd;
        var driver = new NetSnmpToolDriver($"udp:127.0.0.1:{snmpd.Port}", snmpd.Environment);

        var report = await InteropMatrixRunner.RunAsync(
            "net-snmp tools → net-snmp snmpd 5.9.3 (fixture self-check, IPv4)", InteropMatrix.All, driver.RunAsync, CancellationToken.None);

        output.WriteLine(report.RenderTable());
        output.WriteLine("Written to " + await report.WriteAsync("tools-vs-snmpd", CancellationToken.None));
        Assert.True(report.Failures.Count == 0, report.RenderTable() + Environment.NewLine + snmpd.Log);
    }

    [Fact]
    public async Task NetSnmpTools_CommunityOverIpv6_GetAndSetSucceed()
    {
        var snmpd = fixture.Snmpd;
        var driver = new NetSnmpToolDriver($"udp6:[::1]:{snmpd.Port}", snmpd.Environment);
        var v2c = InteropMatrix.CommunityCases[1];

        await driver.RunAsync(v2c, InteropOperation.Get, CancellationToken.None);
        await driver.RunAsync(v2c, InteropOperation.SetGet, CancellationToken.None);
    }

    [Fact]
    public async Task Snmpget_SnmpEngineId_IsTheConfiguredOne()
    {
        var snmpd = fixture.Snmpd;
        var result = await ProcessRunner.RunAsync(
            NetSnmpBinaries.Tool("snmpget"),
            ["-m", string.Empty, "-On", "-v", "2c", "-c", InteropMatrix.ReadOnlyCommunity, $"udp:127.0.0.1:{snmpd.Port}", "1.3.6.1.6.3.10.2.1.1.0"],
            snmpd.Environment,
            CancellationToken.None);

        var expected = "Hex-STRING: " + string.Join(' ', SnmpdConfig.EngineId.Select(b => b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(expected, Assert.Single(NetSnmpToolOutput.Parse(result.StandardOutput)).Value);
    }

    [Fact]
    public async Task Snmpset_ReadOnlyCommunity_IsRefused()
    {
        var snmpd = fixture.Snmpd;
        var result = await ProcessRunner.RunAsync(
            NetSnmpBinaries.Tool("snmpset"),
            ["-m", string.Empty, "-On", "-v", "2c", "-c", InteropMatrix.ReadOnlyCommunity, $"udp:127.0.0.1:{snmpd.Port}", SysContact, "s", "refused"],
            snmpd.Environment,
            CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("noAccess", result.StandardError, StringComparison.Ordinal);
    }
}
