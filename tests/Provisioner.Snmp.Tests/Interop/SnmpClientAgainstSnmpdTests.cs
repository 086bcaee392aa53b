using Provisioner.Snmp.Client;
using Provisioner.Snmp.Messages;
using Provisioner.Snmp.Pdus;
using Provisioner.Snmp.Security;
using Provisioner.Snmp.Types;
using Xunit.Abstractions;

namespace Provisioner.Snmp.Tests.Interop;

/// <summary>Our <see cref="SnmpClient"/> against the real net-snmp snmpd, for v1, v2c and every USM combination.</summary>
public sealed class SnmpClientAgainstSnmpdTests(SnmpdFixture fixture, ITestOutputHelper output) : IClassFixture<SnmpdFixture>
{
    private static readonly Oid SysContact = Oid.Parse("1.3.6.1.2.1.1.4.0");
    private static readonly Oid SysName = Oid.Parse("1.3.6.1.2.1.1.5.0");

    [Fact]
    public async Task SnmpClient_EveryMatrixRow_AllOperationsSucceed()
    {
        var snmpd = fixture.Snmpd;
        var expectedWalk = await NetSnmpWalk.SystemGroupAsync($"udp:127.0.0.1:{snmpd.Port}", snmpd.Environment, CancellationToken.None);
        await using var client = new SnmpClient();
        var driver = new SnmpClientDriver(client, snmpd.EndpointV4, expectedWalk);

        var report = await InteropMatrixRunner.RunAsync(
            "Provisioner SnmpClient → net-snmp snmpd 5.9.3 (IPv4)", InteropMatrix.All, driver.RunAsync, CancellationToken.None);

        output.WriteLine(report.RenderTable());
        output.WriteLine("Written to " + await report.WriteAsync("client-vs-snmpd", CancellationToken.None));
        Assert.True(report.Failures.Count == 0, report.RenderTable());
    }

    [Fact]
    public async Task SnmpClient_V2cAndV3OverIpv6_GetAndSetSucceed()
    {
        var snmpd = fixture.Snmpd;
        var expectedWalk = await NetSnmpWalk.SystemGroupAsync($"udp6:[::1]:{snmpd.Port}", snmpd.Environment, CancellationToken.None);
        await using var client = new SnmpClient();
        var driver = new SnmpClientDriver(client, snmpd.EndpointV6, expectedWalk);
        var v3 = InteropMatrix.UsmCases.Single(c => c.Auth == "SHA-512" && c.Priv == "AES-256");

        foreach (var row in new[] { InteropMatrix.CommunityCases[1], v3 })
        {
            await driver.RunAsync(row, InteropOperation.Walk, CancellationToken.None);
            await driver.RunAsync(row, InteropOperation.SetGet, CancellationToken.None);
        }
    }

    [Fact]
    public async Task DiscoverEngineIdAsync_Snmpd_ReturnsTheConfiguredEngineId()
    {
        await using var client = new SnmpClient();
        var target = InteropCaseCredentials.Target(InteropMatrix.UsmCases[0], fixture.Snmpd.EndpointV4);

        var engineId = await client.DiscoverEngineIdAsync(target, CancellationToken.None);

        Assert.Equal(SnmpdConfig.EngineId, engineId.ToArray());
    }

    [Fact]
    public async Task SetAsync_ReadOnlyCommunity_ThrowsErrorStatusWithTheObject()
    {
        await using var client = new SnmpClient();
        var target = new SnmpTarget(fixture.Snmpd.EndpointV4, SnmpMessageVersion.V2c, InteropMatrix.ReadOnlyCommunity);

        var error = await Assert.ThrowsAsync<SnmpErrorStatusException>(
            () => client.SetAsync(target, [new VarBind(SysContact, OctetString.FromString("refused"))], CancellationToken.None));

        Assert.Equal(SnmpErrorStatus.NoAccess, error.ErrorStatus);
        Assert.Equal(1, error.ErrorIndex);
    }

    [Fact]
    public async Task GetAsync_WrongAuthPassword_ThrowsAuthenticationError()
    {
        await using var client = new SnmpClient();
        var row = InteropMatrix.UsmCases.Single(c => c.Auth == "SHA" && c.Priv is null);
        var target = InteropCaseCredentials.Target(row, fixture.Snmpd.EndpointV4) with
        {
            User = new UsmUser(row.UserName!, AuthenticationProtocol.Sha1, "not-the-password"),
        };

        var error = await Assert.ThrowsAsync<SnmpAuthenticationException>(() => client.GetAsync(target, [SysName], CancellationToken.None));

        Assert.Equal(row.UserName, error.UserName);
    }

    [Fact]
    public async Task GetAsync_UnknownUser_ThrowsAuthenticationError()
    {
        await using var client = new SnmpClient();
        var target = InteropCaseCredentials.Target(InteropMatrix.UsmCases[0], fixture.Snmpd.EndpointV4) with
        {
            User = new UsmUser("nobody-here"),
        };

        var error = await Assert.ThrowsAsync<SnmpAuthenticationException>(() => client.GetAsync(target, [SysName], CancellationToken.None));

        Assert.Equal("nobody-here", error.UserName);
    }
}
