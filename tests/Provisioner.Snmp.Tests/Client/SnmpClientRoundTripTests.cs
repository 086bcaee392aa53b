using System.Net;
using Provisioner.Snmp.Agent;
using Provisioner.Snmp.Client;
using Provisioner.Snmp.Messages;
using Provisioner.Snmp.Pdus;
using Provisioner.Snmp.Security;
using Provisioner.Snmp.Types;

namespace Provisioner.Snmp.Tests.Client;

public sealed class SnmpClientRoundTripTests
{
    public static TheoryData<string, AuthenticationProtocol, PrivacyProtocol> V3Matrix()
    {
        var data = new TheoryData<string, AuthenticationProtocol, PrivacyProtocol>();
        foreach (var address in new[] { "127.0.0.1", "::1" })
        {
            data.Add(address, AuthenticationProtocol.None, PrivacyProtocol.None);
            foreach (var auth in Enum.GetValues<AuthenticationProtocol>().Where(a => a != AuthenticationProtocol.None))
            {
                foreach (var priv in Enum.GetValues<PrivacyProtocol>())
                {
                    data.Add(address, auth, priv);
                }
            }
        }

        return data;
    }

    [Theory]
    [InlineData("127.0.0.1", SnmpMessageVersion.V1)]
    [InlineData("127.0.0.1", SnmpMessageVersion.V2c)]
    [InlineData("::1", SnmpMessageVersion.V1)]
    [InlineData("::1", SnmpMessageVersion.V2c)]
    public async Task Community_GetSetWalk_RoundTrips(string address, SnmpMessageVersion version)
    {
        await using var lab = await TestAgent.StartAsync(IPAddress.Parse(address));
        await using var client = new SnmpClient(new SnmpClientOptions { LocalAddressV4 = IPAddress.Loopback, LocalAddressV6 = IPAddress.IPv6Loopback });
        var target = new SnmpTarget(lab.Agent.LocalEndpoint, version, "private") { Timeout = TestAgent.PatientTimeout, Retries = 2 };

        await AssertGetSetWalkAsync(client, target);
    }

    [Theory]
    [MemberData(nameof(V3Matrix))]
    public async Task V3_GetSetWalk_RoundTripsForEveryProtocolPair(string address, AuthenticationProtocol auth, PrivacyProtocol priv)
    {
        var user = new UsmUser($"u{auth}{priv}", auth, auth == AuthenticationProtocol.None ? null : "auth-pass-1", priv, priv == PrivacyProtocol.None ? null : "priv-pass-1");
        await using var lab = await TestAgent.StartAsync(IPAddress.Parse(address), users: [user]);
        await using var client = new SnmpClient();
        var target = SnmpTarget.V3(lab.Agent.LocalEndpoint, user) with { Timeout = TestAgent.PatientTimeout, Retries = 2 };

        await AssertGetSetWalkAsync(client, target);
    }

    private static async Task AssertGetSetWalkAsync(SnmpClient client, SnmpTarget target)
    {
        var get = await client.GetAsync(target, [TestAgent.SysDescr.Append(0)]);
        Assert.Equal(OctetString.FromString("Provisioner test agent"), get[0].Value);

        await client.SetAsync(target, [new VarBind(TestAgent.SysName.Append(0), OctetString.FromString("renamed")), new VarBind(TestAgent.SysContact.Append(0), OctetString.FromString("ops"))]);
        var after = await client.GetAsync(target, [TestAgent.SysName.Append(0), TestAgent.SysContact.Append(0)]);
        Assert.Equal("renamed", after[0].Value.ToString());
        Assert.Equal("ops", after[1].Value.ToString());

        var walked = new List<VarBind>();
        await foreach (var varBind in client.WalkAsync(target, TestAgent.System))
        {
            walked.Add(varBind);
        }

        Assert.Equal(4, walked.Count);
        Assert.True(walked.Select(v => v.Oid).SequenceEqual(walked.Select(v => v.Oid).Order()));
    }
}
