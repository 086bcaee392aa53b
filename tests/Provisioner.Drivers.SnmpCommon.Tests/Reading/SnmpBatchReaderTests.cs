using System.Net;
using Provisioner.Snmp.Agent;
using Provisioner.Snmp.Client;
using Provisioner.Snmp.Messages;
using Provisioner.Snmp.Types;
using Provisioner.Transport.Snmp;

namespace Provisioner.Drivers.SnmpCommon.Tests.Reading;

public sealed class SnmpBatchReaderTests
{
    private static readonly Oid Root = Oid.Parse("1.3.6.1.4.1.99999.7");

    private static (SnmpAgent Agent, List<Oid> Oids) Agent(int objects, int maxMessageSize)
    {
        var store = new MibStore();
        var oids = new List<Oid>();
        for (var i = 1; i <= objects; i++)
        {
            var oid = Root.Append((uint)i, 0);
            store.AddScalar(Root.Append((uint)i), OctetString.FromString(new string((char)('a' + (i % 26)), 60)));
            oids.Add(oid);
        }

        var agent = SnmpAgent.Start(new SnmpAgentOptions { Endpoint = new IPEndPoint(IPAddress.Loopback, 0), ReadWriteCommunities = ["batch-3f"], MaxMessageSize = maxMessageSize }, store);
        return (agent, oids);
    }

    private static SnmpChannel Channel(SnmpAgent agent) =>
        new(new SnmpTarget(agent.LocalEndpoint, SnmpMessageVersion.V2c, "batch-3f") { Timeout = TimeSpan.FromSeconds(2) }, "batch-test");

    [Fact]
    public async Task ReadAsync_AnswerFitsTheAgentsMessage_OneGet()
    {
        var (agent, oids) = Agent(8, 8192);
        await using var _ = agent;
        await using var channel = Channel(agent);
        var reader = new SnmpBatchReader(channel);

        var fetch = await reader.ReadAsync(oids, "read", CancellationToken.None);

        Assert.Equal(1, channel.Requests);
        Assert.Equal(oids, fetch.Bindings.Select(b => b.Oid));
        Assert.Null(reader.MaxObjectsPerGet);
    }

    [Fact]
    public async Task ReadAsync_AgentAnswersTooBig_SplitsUntilItFitsAndRemembersTheSize()
    {
        var (agent, oids) = Agent(40, 1000);
        await using var _ = agent;
        await using var channel = Channel(agent);
        var reader = new SnmpBatchReader(channel);

        var fetch = await reader.ReadAsync(oids, "read", CancellationToken.None);
        var first = channel.Requests;
        await reader.ReadAsync(oids, "read", CancellationToken.None);

        Assert.Equal(oids, fetch.Bindings.Select(b => b.Oid));
        Assert.All(oids, o => Assert.Equal(60, ((OctetString)fetch[o]).AsSpan().Length));
        Assert.NotNull(reader.MaxObjectsPerGet);
        Assert.InRange(reader.MaxObjectsPerGet!.Value, 1, 20);
        Assert.True(first > 2, $"expected the 40 objects to need several GETs, saw {first}");
        Assert.Equal((int)Math.Ceiling(40.0 / reader.MaxObjectsPerGet.Value), channel.Requests - first);
    }
}
