using System.Net;
using Microsoft.Extensions.Time.Testing;
using Provisioner.Snmp.Agent;
using Provisioner.Snmp.Client;
using Provisioner.Snmp.Messages;
using Provisioner.Snmp.Pdus;
using Provisioner.Snmp.Security;
using Provisioner.Snmp.Security.Usm;
using Provisioner.Snmp.Types;

namespace Provisioner.Snmp.Tests.Client;

public sealed class SnmpClientV3Tests
{
    private static readonly UsmUser Ops = new("ops", AuthenticationProtocol.Sha256, "auth-pass-1", PrivacyProtocol.Aes128, "priv-pass-1");
    private static readonly Oid SysDescr0 = TestAgent.SysDescr.Append(0);

    public static TheoryData<string, UsmUser, string> Failures() => new()
    {
        { "wrong auth pass phrase", Ops with { AuthPassword = "auth-pass-2" }, "1.3.6.1.6.3.15.1.1.5.0" },
        { "wrong auth protocol", Ops with { AuthenticationProtocol = AuthenticationProtocol.Sha512 }, "1.3.6.1.6.3.15.1.1.5.0" },
        { "unknown user", Ops with { Name = "nobody" }, "1.3.6.1.6.3.15.1.1.3.0" },
        { "wrong priv pass phrase", Ops with { PrivPassword = "priv-pass-2" }, "1.3.6.1.6.3.15.1.1.6.0" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task Get_BadCredentials_ThrowsAuthenticationExceptionNamingTheReport(string why, UsmUser user, string reportOid)
    {
        _ = why;
        await using var lab = await TestAgent.StartAsync(IPAddress.Loopback, users: [Ops]);
        await using var client = new SnmpClient();

        var ex = await Assert.ThrowsAsync<SnmpAuthenticationException>(() => client.GetAsync(Patient(lab, user), [SysDescr0]));

        Assert.Equal(Oid.Parse(reportOid), ex.ReportOid);
        Assert.Equal(lab.Agent.LocalEndpoint, ex.Agent);
        Assert.Equal(user.Name, ex.UserName);
        Assert.DoesNotContain(user.AuthPassword!, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_LevelAboveTheUsers_IsUnsupportedSecLevel()
    {
        var authOnly = Ops with { PrivacyProtocol = PrivacyProtocol.None, PrivPassword = null };
        await using var lab = await TestAgent.StartAsync(IPAddress.Loopback, users: [authOnly]);
        await using var client = new SnmpClient();

        var ex = await Assert.ThrowsAsync<SnmpAuthenticationException>(() => client.GetAsync(Patient(lab, Ops), [SysDescr0]));

        Assert.Equal(UsmStatsOids.UnsupportedSecLevels, ex.ReportOid);
        Assert.Equal(1, lab.Agent.Counters.UnsupportedSecLevels);
    }

    [Fact]
    public async Task Get_LevelBelowTheUsers_IsAuthorizationError()
    {
        await using var lab = await TestAgent.StartAsync(IPAddress.Loopback, users: [Ops]);
        await using var client = new SnmpClient();

        var ex = await Assert.ThrowsAsync<SnmpErrorStatusException>(() =>
            client.GetAsync(Patient(lab, Ops with { PrivacyProtocol = PrivacyProtocol.None, PrivPassword = null }), [SysDescr0]));

        Assert.Equal(SnmpErrorStatus.AuthorizationError, ex.ErrorStatus);
    }

    [Fact]
    public async Task Set_ReadOnlyUser_IsNoAccess()
    {
        var store = TestAgent.CreateStore();
        await using var agent = SnmpAgent.Start(new SnmpAgentOptions { ReadOnlyUsers = [Ops] }, store);
        await using var client = new SnmpClient();
        var target = SnmpTarget.V3(agent.LocalEndpoint, Ops) with { Timeout = TestAgent.PatientTimeout, Retries = 2 };

        var ex = await Assert.ThrowsAsync<SnmpErrorStatusException>(() =>
            client.SetAsync(target, [new VarBind(TestAgent.SysName.Append(0), OctetString.FromString("x"))]));

        Assert.Equal(SnmpErrorStatus.NoAccess, ex.ErrorStatus);
    }

    [Fact]
    public async Task DiscoverEngineId_ReturnsTheAgentsEngineId()
    {
        await using var lab = await TestAgent.StartAsync(IPAddress.Loopback, users: [Ops]);
        await using var client = new SnmpClient();

        var engineId = await client.DiscoverEngineIdAsync(Patient(lab, Ops));

        Assert.Equal(Convert.ToHexString(lab.Agent.EngineId.Span), engineId.ToHex());
        Assert.Equal(1, lab.Agent.Counters.UnknownEngineIds);
    }

    [Fact]
    public async Task DiscoverEngineId_CommunityTarget_StillProbesWithV3()
    {
        await using var lab = await TestAgent.StartAsync(IPAddress.Loopback);
        await using var client = new SnmpClient();

        var engineId = await client.DiscoverEngineIdAsync(TestAgent.Target(lab.Agent.LocalEndpoint, SnmpMessageVersion.V2c, "public"));

        Assert.Equal(Convert.ToHexString(lab.Agent.EngineId.Span), engineId.ToHex());
    }

    [Fact]
    public async Task Get_ManyConcurrentRequestsToANewAgent_DiscoverOnce()
    {
        await using var lab = await TestAgent.StartAsync(IPAddress.Loopback, users: [Ops]);
        await using var client = new SnmpClient();
        var target = Patient(lab, Ops);

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => client.GetAsync(target, [SysDescr0])));

        Assert.All(results, r => Assert.Equal("Provisioner test agent", r[0].Value.ToString()));
        Assert.Equal(1, lab.Agent.Counters.UnknownEngineIds);
    }

    [Fact]
    public async Task Get_AgentClockJumps_ClientResynchronisesOnNotInTimeWindow()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch.AddDays(10));
        await using var lab = await TestAgent.StartAsync(IPAddress.Loopback, users: [Ops], time: time);
        await using var client = new SnmpClient();
        var target = Patient(lab, Ops);
        await client.GetAsync(target, [SysDescr0]);

        time.Advance(TimeSpan.FromHours(1));
        var result = await client.GetAsync(target, [SysDescr0]);

        Assert.Equal("Provisioner test agent", result[0].Value.ToString());
        Assert.Equal(1, lab.Agent.Counters.NotInTimeWindows);
    }

    [Fact]
    public async Task Get_AgentReplacedWithNewEngineId_ClientRediscovers()
    {
        var first = await TestAgent.StartAsync(IPAddress.Loopback, users: [Ops]);
        var endpoint = first.Agent.LocalEndpoint;
        await using var client = new SnmpClient();
        var target = SnmpTarget.V3(endpoint, Ops) with { Timeout = TestAgent.PatientTimeout, Retries = 2 };
        await client.GetAsync(target, [SysDescr0]);
        await first.DisposeAsync();

        await using var second = SnmpAgent.Start(new SnmpAgentOptions { Endpoint = endpoint, Users = [Ops], EngineBoots = 7 }, TestAgent.CreateStore());
        var result = await client.GetAsync(target, [SysDescr0]);

        // One report for the request carrying the old engine ID, one answering the new discovery.
        Assert.Single(result);
        Assert.Equal(2, second.Counters.UnknownEngineIds);
    }

    [Fact]
    public async Task Get_AgentRebootedWithSameEngineId_ClientResynchronisesBoots()
    {
        var engineId = Convert.FromHexString("80001F88050102030405060708");
        var first = SnmpAgent.Start(new SnmpAgentOptions { Users = [Ops], EngineId = engineId, EngineBoots = 1 }, TestAgent.CreateStore());
        var endpoint = first.LocalEndpoint;
        await using var client = new SnmpClient();
        var target = SnmpTarget.V3(endpoint, Ops) with { Timeout = TestAgent.PatientTimeout, Retries = 2 };
        await client.GetAsync(target, [SysDescr0]);
        await first.DisposeAsync();

        await using var second = SnmpAgent.Start(new SnmpAgentOptions { Endpoint = endpoint, Users = [Ops], EngineId = engineId, EngineBoots = 2 }, TestAgent.CreateStore());

        Assert.Single(await client.GetAsync(target, [SysDescr0]));
        Assert.Equal(1, second.Counters.NotInTimeWindows);
    }

    [Fact]
    public async Task Get_AgentSilentAfterDiscovery_TimeoutNamesThePrivacySettings()
    {
        using var peer = new RawUdpPeer();
        await using var client = new SnmpClient();
        var target = SnmpTarget.V3(peer.Endpoint, Ops) with { Timeout = TimeSpan.FromSeconds(1.5), Retries = 0 };

        var pending = client.GetAsync(target, [SysDescr0]);
        var (probe, from) = await peer.ReceiveAsync(TestAgent.PatientTimeout);
        var request = SnmpMessageCodec.Decode(probe);
        var engine = new OctetString(Convert.FromHexString("80001F88050102030405"));
        var report = request with
        {
            Header = request.Header! with { Flags = MessageFlags.None },
            SecurityParameters = request.SecurityParameters! with { EngineId = engine, EngineBoots = 1, EngineTime = 10 },
            ContextEngineId = engine,
            Pdu = new SnmpPdu(PduType.Report, request.Pdu!.RequestId, SnmpErrorStatus.NoError, 0, [new VarBind(UsmStatsOids.UnknownEngineIds, new Counter32(1))]),
        };
        await peer.SendAsync(SnmpMessageCodec.Encode(report), from);

        var ex = await Assert.ThrowsAsync<SnmpTimeoutException>(() => pending);

        Assert.Contains("privacy protocol (Aes128", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("priv-pass-1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ShortPassPhrase_IsRefusedBeforeSending()
    {
        await using var client = new SnmpClient();
        var target = SnmpTarget.V3(new IPEndPoint(IPAddress.Loopback, 1), Ops with { AuthPassword = "short" });

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => client.GetAsync(target, [SysDescr0]));

        Assert.Contains("at least 8", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UsmUser_ToString_HidesPassPhrases()
    {
        Assert.DoesNotContain("auth-pass-1", Ops.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("priv-pass-1", Ops.ToString(), StringComparison.Ordinal);
    }

    private static SnmpTarget Patient(TestAgent lab, UsmUser user) =>
        SnmpTarget.V3(lab.Agent.LocalEndpoint, user) with { Timeout = TestAgent.PatientTimeout, Retries = 2 };
}
