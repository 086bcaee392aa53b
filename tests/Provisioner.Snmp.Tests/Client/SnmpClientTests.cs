using System.Net;
using Provisioner.Snmp.Client;
using Provisioner.Snmp.Messages;
using Provisioner.Snmp.Pdus;
using Provisioner.Snmp.Types;

namespace Provisioner.Snmp.Tests.Client;

public sealed class SnmpClientTests
{
    private static readonly Oid SysDescr0 = TestAgent.SysDescr.Append(0);

    [Fact]
    public async Task Get_SilentAgent_SendsRetriesPlusOneTimesThenThrowsTimeout()
    {
        using var peer = new RawUdpPeer();
        await using var client = new SnmpClient();
        var target = new SnmpTarget(peer.Endpoint, SnmpMessageVersion.V2c, "public") { Timeout = TimeSpan.FromMilliseconds(100), Retries = 2 };

        var ex = await Assert.ThrowsAsync<SnmpTimeoutException>(() => client.GetAsync(target, [SysDescr0]));
        var received = await peer.CountAsync(TimeSpan.FromMilliseconds(300)); // all attempts are queued by now

        Assert.Equal(3, ex.Attempts);
        Assert.Equal(peer.Endpoint, ex.Agent);
        Assert.Equal(PduType.GetRequest, ex.Request);
        Assert.Equal(3, received);
    }

    [Fact]
    public async Task Get_ResponsesFromWrongSourceOrWithUnknownId_AreDropped()
    {
        using var agent = new RawUdpPeer();
        using var impostor = new RawUdpPeer();
        await using var client = new SnmpClient();
        var target = new SnmpTarget(agent.Endpoint, SnmpMessageVersion.V2c, "public") { Timeout = TimeSpan.FromSeconds(5), Retries = 0 };

        var pending = client.GetAsync(target, [SysDescr0]);
        var (request, from) = await agent.ReceiveAsync(TimeSpan.FromSeconds(5));
        var pdu = SnmpMessageCodec.Decode(request).Pdu!;
        byte[] Answer(int id, string text) => SnmpMessageCodec.Encode(SnmpMessage.ForCommunity(
            SnmpMessageVersion.V2c, "public", new SnmpPdu(PduType.Response, id, SnmpErrorStatus.NoError, 0, [new VarBind(SysDescr0, OctetString.FromString(text))])));

        await impostor.SendAsync(Answer(pdu.RequestId, "spoofed"), from);
        await agent.SendAsync(Answer(pdu.RequestId + 1, "stale"), from);
        await agent.SendAsync([0x30, 0x03, 0x02, 0x01], from);
        await agent.SendAsync(Answer(pdu.RequestId, "genuine"), from);

        Assert.Equal("genuine", (await pending)[0].Value.ToString());
    }

    [Fact]
    public async Task Get_Cancelled_ThrowsOperationCanceled()
    {
        using var peer = new RawUdpPeer();
        await using var client = new SnmpClient();
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var target = new SnmpTarget(peer.Endpoint, SnmpMessageVersion.V2c, "public") { Timeout = TimeSpan.FromSeconds(30) };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetAsync(target, [SysDescr0], cts.Token));
        Assert.Equal(0, client.PendingCount);
    }

    [Fact]
    public async Task GetBulk_V1Target_IsRefusedBeforeSending()
    {
        await using var client = new SnmpClient();

        await Assert.ThrowsAsync<ArgumentException>(() =>
            client.GetBulkAsync(TestAgent.Target(new IPEndPoint(IPAddress.Loopback, 1), SnmpMessageVersion.V1, "public"), 0, 10, [SysDescr0]));
    }

    [Fact]
    public async Task Walk_V1AndV2c_YieldTheSameSubtree()
    {
        await using var lab = await TestAgent.StartAsync(IPAddress.Loopback);
        await using var client = new SnmpClient(new SnmpClientOptions { WalkMaxRepetitions = 2 });

        var v1 = await ToListAsync(client.WalkAsync(TestAgent.Target(lab.Agent.LocalEndpoint, SnmpMessageVersion.V1, "public"), TestAgent.System));
        var v2 = await ToListAsync(client.WalkAsync(TestAgent.Target(lab.Agent.LocalEndpoint, SnmpMessageVersion.V2c, "public"), TestAgent.System));

        Assert.Equal(4, v1.Count);
        Assert.Equal(v1, v2);
    }

    [Theory]
    [InlineData(SnmpMessageVersion.V1)]
    [InlineData(SnmpMessageVersion.V2c)]
    public async Task Walk_OfALeafInstance_YieldsTheLeafLikeSnmpwalk(SnmpMessageVersion version)
    {
        await using var lab = await TestAgent.StartAsync(IPAddress.Loopback);
        await using var client = new SnmpClient();

        var walked = await ToListAsync(client.WalkAsync(TestAgent.Target(lab.Agent.LocalEndpoint, version, "public"), TestAgent.SysName.Append(0)));

        Assert.Equal([new VarBind(TestAgent.SysName.Append(0), OctetString.FromString("agent"))], walked);
    }

    [Fact]
    public async Task Walk_OfAnEmptySubtree_YieldsNothing()
    {
        await using var lab = await TestAgent.StartAsync(IPAddress.Loopback);
        await using var client = new SnmpClient();

        var walked = await ToListAsync(client.WalkAsync(TestAgent.Target(lab.Agent.LocalEndpoint, SnmpMessageVersion.V2c, "public"), Oid.Parse("1.3.6.1.4.1.424242")));

        Assert.Empty(walked);
    }

    private static async Task<List<VarBind>> ToListAsync(IAsyncEnumerable<VarBind> source)
    {
        var list = new List<VarBind>();
        await foreach (var item in source)
        {
            list.Add(item);
        }

        return list;
    }
}
