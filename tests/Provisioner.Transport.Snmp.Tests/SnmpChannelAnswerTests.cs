using System.Net;
using Provisioner.Abstractions;
using Provisioner.Snmp.Agent;
using Provisioner.Snmp.Client;
using Provisioner.Snmp.Pdus;
using Provisioner.Snmp.Types;

namespace Provisioner.Transport.Snmp.Tests;

/// <summary>An agent that answers outside the protocol is a device error naming what was wrong, for Get, GetBindings and Set alike.</summary>
public sealed class SnmpChannelAnswerTests : IAsyncLifetime
{
    private const string Community = "answer-rw";
    private SnmpAgent? agent;

    private SnmpAgent Agent => agent ?? throw new InvalidOperationException("Not started.");

    public Task InitializeAsync()
    {
        var store = new MibStore()
            .AddScalar(Oid.Parse("1.3.6.1.2.1.1.1"), OctetString.FromString("Lab UPS card"))
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
    public async Task GetAsync_FewerBindingsThanAsked_IsProtocolErrorSayingExpectedAndReceived()
    {
        Agent.ResponseFault = answer => answer with { VarBinds = [.. answer.VarBinds.Take(1)] };
        await using var channel = Channel();

        var ex = await Assert.ThrowsAsync<DeviceProtocolException>(() => channel.GetAsync([SystemOids.SysDescr, SystemOids.SysName], CancellationToken.None));

        Assert.Contains("answered 1 binding(s) to a request for 2", ex.Message, StringComparison.Ordinal);
        Assert.Equal(channel.Endpoint, ex.Endpoint);
        Assert.StartsWith("GET ", ex.Operation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetBindingsAsync_MoreBindingsThanAsked_IsProtocolError()
    {
        Agent.ResponseFault = answer => answer with { VarBinds = [.. answer.VarBinds, new VarBind(SystemOids.SysName, OctetString.FromString("extra"))] };
        await using var channel = Channel();

        var ex = await Assert.ThrowsAsync<DeviceProtocolException>(() => channel.GetBindingsAsync([SystemOids.SysDescr], "identify", CancellationToken.None));

        Assert.Contains("answered 2 binding(s) to a request for 1", ex.Message, StringComparison.Ordinal);
        Assert.Equal("identify", ex.Operation);
    }

    [Fact]
    public async Task GetBindingsAsync_AnswerNamesAnotherObject_IsProtocolErrorNamingBoth()
    {
        Agent.ResponseFault = answer => answer with { VarBinds = [new VarBind(SystemOids.SysName, answer.VarBinds[0].Value)] };
        await using var channel = Channel();

        var ex = await Assert.ThrowsAsync<DeviceProtocolException>(() => channel.GetBindingsAsync([SystemOids.SysDescr], "read", CancellationToken.None));

        Assert.Contains($"names {SystemOids.SysName}, but the request asked for {SystemOids.SysDescr}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetAsync_AnswerWithoutTheBindings_IsProtocolError()
    {
        Agent.ResponseFault = answer => answer with { VarBinds = [] };
        await using var channel = Channel();

        var ex = await Assert.ThrowsAsync<DeviceProtocolException>(() => channel.SetAsync([new VarBind(SystemOids.SysName, OctetString.FromString("ups-02"))], "write", CancellationToken.None));

        Assert.Contains("answered 0 binding(s) to a request for 1", ex.Message, StringComparison.Ordinal);
        Assert.Equal("write", ex.Operation);
    }

    [Fact]
    public async Task Expect_ValueOfAnotherType_IsProtocolErrorNamingOidAndBothTypes()
    {
        await using var channel = Channel();
        var bindings = await channel.GetBindingsAsync([SystemOids.SysObjectId], "identify", CancellationToken.None);

        var ex = Assert.Throws<DeviceProtocolException>(() => channel.Expect<OctetString>(bindings[0], "identify"));

        Assert.Contains($"{SystemOids.SysObjectId} answered ObjectIdentifier, but the object is OctetString", ex.Message, StringComparison.Ordinal);
        Assert.IsType<ObjectIdentifier>(channel.Expect<ObjectIdentifier>(bindings[0], "identify"));
    }

    [Fact]
    public async Task GetAsync_WellFormedAnswer_PassesTheCheck()
    {
        await using var channel = Channel();

        var values = await channel.GetAsync([SystemOids.SysDescr, SystemOids.SysName], CancellationToken.None);

        Assert.Equal(["Lab UPS card", "ups-01"], values.Select(v => v.ToString()));
    }

    private SnmpChannel Channel() =>
        new(SnmpTarget.V2c(Agent.LocalEndpoint, Community) with { Timeout = TimeSpan.FromSeconds(2), Retries = 1 }, "ups-01") { ProbesClosedPortOnTimeout = false };
}
