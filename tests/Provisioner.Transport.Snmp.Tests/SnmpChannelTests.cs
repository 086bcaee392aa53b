using System.Net;
using System.Net.Sockets;
using Provisioner.Abstractions;
using Provisioner.Snmp.Agent;
using Provisioner.Snmp.Client;
using Provisioner.Snmp.Messages;
using Provisioner.Snmp.Types;

namespace Provisioner.Transport.Snmp.Tests;

public sealed class SnmpChannelTests : IAsyncLifetime
{
    private const string Community = "channel-rw";
    private static readonly Oid Missing = Oid.Parse("1.3.6.1.4.1.99999.1.0");
    private SnmpAgent? agent;

    private SnmpAgent Agent => agent ?? throw new InvalidOperationException("Not started.");

    public Task InitializeAsync()
    {
        var store = new MibStore()
            .AddScalar(Oid.Parse("1.3.6.1.2.1.1.1"), OctetString.FromString("Lab UPS card "))
            .AddScalar(Oid.Parse("1.3.6.1.2.1.1.2"), new ObjectIdentifier(Oid.Parse("1.3.6.1.4.1.318.1.3.27")))
            .AddScalar(Oid.Parse("1.3.6.1.2.1.1.5"), OctetString.FromString("ups-01"), new MibObjectOptions { Access = MibAccess.ReadWrite });
        agent = SnmpAgent.Start(new SnmpAgentOptions { ReadWriteCommunities = [Community], Endpoint = new IPEndPoint(IPAddress.Loopback, 0) }, store);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (agent is not null)
        {
            await agent.DisposeAsync();
        }
    }

    [Fact]
    public async Task GetBindingsAsync_SystemGroup_IsReadInOneGet()
    {
        await using var channel = new SnmpChannel(V2c(), "ups-01");

        var system = await SnmpIdentity.ReadSystemGroupAsync(channel, CancellationToken.None);

        Assert.Equal(new SystemGroup("Lab UPS card", "1.3.6.1.4.1.318.1.3.27", "ups-01"), system);
    }

    [Fact]
    public async Task SetAsync_ReadOnlyObjectInTheSet_IsOutcomeNamingIndexAndOid()
    {
        await using var channel = new SnmpChannel(V2c(), "ups-01");

        var outcome = await channel.SetAsync([new VarBind(SystemOids.SysName, OctetString.FromString("ups-02")), new VarBind(SystemOids.SysDescr, OctetString.FromString("x"))], "write", CancellationToken.None);

        Assert.False(outcome.IsSuccess);
        Assert.Equal(2, outcome.ErrorIndex);
        Assert.Equal(SystemOids.SysDescr, outcome.FailedOid);
    }

    [Fact]
    public async Task GetAsync_V1WithAMissingObject_ReadsTheOthersOneByOne()
    {
        await using var channel = new SnmpChannel(V2c() with { Version = SnmpMessageVersion.V1 }, "ups-01");

        var values = await channel.GetAsync([SystemOids.SysName, Missing], CancellationToken.None);

        Assert.Equal("ups-01", Assert.IsType<OctetString>(values[0]).ToString());
        Assert.IsType<NoSuchObject>(values[1]);
    }

    [Fact]
    public async Task GetBindingsAsync_V1WithAMissingObject_IsProtocolErrorNamingTheOperation()
    {
        await using var channel = new SnmpChannel(V2c() with { Version = SnmpMessageVersion.V1 }, "ups-01");

        var ex = await Assert.ThrowsAsync<DeviceProtocolException>(() => channel.GetBindingsAsync([SystemOids.SysName, Missing], "identify", CancellationToken.None));

        Assert.Equal("identify", ex.Operation);
        Assert.False(channel.AnswersMissingObjectsInline);
    }

    [Fact]
    public async Task GetAsync_ClosedPort_IsUnreachable()
    {
        await using var channel = new SnmpChannel(Quick(ClosedUdpPort()), "nobody");

        var ex = await Assert.ThrowsAsync<DeviceUnreachableException>(() => channel.GetAsync([SystemOids.SysName], CancellationToken.None));

        Assert.Contains("port unreachable", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAsync_ClosedPortWithoutTheProbe_IsTimeout()
    {
        await using var channel = new SnmpChannel(Quick(ClosedUdpPort()), "nobody") { ProbesClosedPortOnTimeout = false };

        var ex = await Assert.ThrowsAsync<DeviceTimeoutException>(() => channel.GetAsync([SystemOids.SysName], CancellationToken.None));

        Assert.Equal(1, ex.Attempts);
    }

    private static SnmpTarget Quick(int port) =>
        SnmpTarget.V2c(new IPEndPoint(IPAddress.Loopback, port), Community) with { Timeout = TimeSpan.FromMilliseconds(200), Retries = 0 };

    private static int ClosedUdpPort()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port;
    }

    private SnmpTarget V2c() => SnmpTarget.V2c(Agent.LocalEndpoint, Community) with { Timeout = TimeSpan.FromSeconds(2), Retries = 2 };
}
