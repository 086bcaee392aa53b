using System.Net;
using Provisioner.Snmp.Agent;
using Provisioner.Snmp.Client;
using Provisioner.Snmp.Messages;
using Provisioner.Snmp.Pdus;
using Provisioner.Snmp.Types;

namespace Provisioner.Snmp.Tests.Agent;

public sealed class SnmpAgentTests
{
    private static readonly Oid Enterprise = Oid.Parse("1.3.6.1.4.1.99");
    private static readonly Oid Text = Enterprise.Append(1);
    private static readonly Oid Number = Enterprise.Append(2);
    private static readonly Oid Fixed = Enterprise.Append(3);
    private static readonly Oid Big = Enterprise.Append(4);
    private static readonly Oid Hook = Enterprise.Append(5);
    private static readonly Oid Octets = Enterprise.Append(6);
    private static readonly Oid Fragile = Enterprise.Append(7);

    public static TheoryData<string, SnmpMessageVersion, SnmpErrorStatus> SetErrors() => new()
    {
        { "fixed", SnmpMessageVersion.V2c, SnmpErrorStatus.NotWritable },
        { "unknown", SnmpMessageVersion.V2c, SnmpErrorStatus.NotWritable },
        { "wrong-type", SnmpMessageVersion.V2c, SnmpErrorStatus.WrongType },
        { "wrong-length", SnmpMessageVersion.V2c, SnmpErrorStatus.WrongLength },
        { "wrong-value", SnmpMessageVersion.V2c, SnmpErrorStatus.WrongValue },
        { "no-creation", SnmpMessageVersion.V2c, SnmpErrorStatus.NoCreation },
        { "inconsistent-value", SnmpMessageVersion.V2c, SnmpErrorStatus.InconsistentValue },
        { "inconsistent-name", SnmpMessageVersion.V2c, SnmpErrorStatus.InconsistentName },
        { "resource-unavailable", SnmpMessageVersion.V2c, SnmpErrorStatus.ResourceUnavailable },
        { "wrong-encoding", SnmpMessageVersion.V2c, SnmpErrorStatus.WrongEncoding },
        { "commit-failed", SnmpMessageVersion.V2c, SnmpErrorStatus.CommitFailed },
        { "fixed", SnmpMessageVersion.V1, SnmpErrorStatus.NoSuchName },
        { "wrong-type", SnmpMessageVersion.V1, SnmpErrorStatus.BadValue },
        { "wrong-value", SnmpMessageVersion.V1, SnmpErrorStatus.BadValue },
        { "commit-failed", SnmpMessageVersion.V1, SnmpErrorStatus.GenErr },
    };

    [Theory]
    [MemberData(nameof(SetErrors))]
    public async Task Set_BadSecondBinding_ReportsStatusIndexAndOidAndAppliesNothing(string scenario, SnmpMessageVersion version, SnmpErrorStatus expected)
    {
        await using var lab = await TestAgent.StartAsync(IPAddress.Loopback, store: CreateStore());
        await using var client = new SnmpClient();
        var target = new SnmpTarget(lab.Agent.LocalEndpoint, version, "private") { Timeout = TestAgent.PatientTimeout, Retries = 2 };
        var bad = scenario switch
        {
            "fixed" => new VarBind(Fixed.Append(0), new Integer32(1)),
            "unknown" => new VarBind(Enterprise.Append(77, 0), new Integer32(1)),
            "wrong-type" => new VarBind(Number.Append(0), OctetString.FromString("x")),
            "wrong-length" => new VarBind(Text.Append(0), OctetString.FromString(new string('x', 40))),
            "wrong-value" => new VarBind(Number.Append(0), new Integer32(1000)),
            "no-creation" => new VarBind(Text.Append(1), OctetString.FromString("x")),
            "inconsistent-value" => new VarBind(Hook.Append(0), new Integer32((int)SnmpErrorStatus.InconsistentValue)),
            "inconsistent-name" => new VarBind(Hook.Append(0), new Integer32((int)SnmpErrorStatus.InconsistentName)),
            "resource-unavailable" => new VarBind(Hook.Append(0), new Integer32((int)SnmpErrorStatus.ResourceUnavailable)),
            "wrong-encoding" => new VarBind(Hook.Append(0), new Integer32((int)SnmpErrorStatus.WrongEncoding)),
            "commit-failed" => new VarBind(Hook.Append(0), new Integer32(-1)),
            _ => throw new ArgumentOutOfRangeException(nameof(scenario)),
        };

        var ex = await Assert.ThrowsAsync<SnmpErrorStatusException>(
            () => client.SetAsync(target, [new VarBind(Text.Append(0), OctetString.FromString("changed")), bad]));

        Assert.Equal(expected, ex.ErrorStatus);
        Assert.Equal(2, ex.ErrorIndex);
        Assert.Equal(bad.Oid, ex.Oid);
        Assert.Equal(lab.Agent.LocalEndpoint, ex.Agent);
        Assert.Equal(OctetString.FromString("text"), lab.Store.Get(Text.Append(0)));
    }

    [Theory]
    [InlineData(SnmpMessageVersion.V1, SnmpErrorStatus.GenErr)]
    [InlineData(SnmpMessageVersion.V2c, SnmpErrorStatus.UndoFailed)]
    public async Task Set_CommitFailsAndUndoFails_ReportsUndoFailedWithIndexZero(SnmpMessageVersion version, SnmpErrorStatus expected)
    {
        await using var lab = await TestAgent.StartAsync(IPAddress.Loopback, store: CreateStore());
        await using var client = new SnmpClient();

        var ex = await Assert.ThrowsAsync<SnmpErrorStatusException>(() => client.SetAsync(
            TestAgent.Target(lab.Agent.LocalEndpoint, version, "private"),
            [new VarBind(Fragile.Append(0), new Integer32(5)), new VarBind(Hook.Append(0), new Integer32(-1))]));

        Assert.Equal(expected, ex.ErrorStatus);
        Assert.Equal(0, ex.ErrorIndex);
        Assert.Null(ex.Oid);
    }

    [Theory]
    [InlineData(SnmpMessageVersion.V1, SnmpErrorStatus.NoSuchName)]
    [InlineData(SnmpMessageVersion.V2c, SnmpErrorStatus.NoAccess)]
    public async Task Set_ReadOnlyCommunity_IsRefused(SnmpMessageVersion version, SnmpErrorStatus expected)
    {
        await using var lab = await TestAgent.StartAsync(IPAddress.Loopback, store: CreateStore());
        await using var client = new SnmpClient();

        var ex = await Assert.ThrowsAsync<SnmpErrorStatusException>(() =>
            client.SetAsync(TestAgent.Target(lab.Agent.LocalEndpoint, version, "public"), [new VarBind(Text.Append(0), OctetString.FromString("x"))]));

        Assert.Equal(expected, ex.ErrorStatus);
        Assert.Equal(1, ex.ErrorIndex);
    }

    [Fact]
    public async Task Get_UnknownCommunity_IsDroppedAndCounted()
    {
        await using var lab = await TestAgent.StartAsync(IPAddress.Loopback);
        await using var client = new SnmpClient();
        var target = new SnmpTarget(lab.Agent.LocalEndpoint, SnmpMessageVersion.V2c, "wrong") { Timeout = TimeSpan.FromMilliseconds(200), Retries = 0 };

        await Assert.ThrowsAsync<SnmpTimeoutException>(() => client.GetAsync(target, [TestAgent.SysDescr.Append(0)]));

        // The agent may still be processing the datagram on a loaded machine: wait for it, then check.
        SpinWait.SpinUntil(() => lab.Agent.Counters.BadCommunityNames > 0, TestAgent.PatientTimeout);
        Assert.Equal(1, lab.Agent.Counters.BadCommunityNames);
    }

    [Fact]
    public async Task Get_MissingInstances_GiveExceptionValuesInV2cAndNoSuchNameInV1()
    {
        await using var lab = await TestAgent.StartAsync(IPAddress.Loopback, store: CreateStore());
        await using var client = new SnmpClient();
        Oid[] oids = [Text.Append(0), Text.Append(5), Enterprise.Append(50, 0)];

        var v2 = await client.GetAsync(TestAgent.Target(lab.Agent.LocalEndpoint, SnmpMessageVersion.V2c, "public"), oids);
        var v1 = await Assert.ThrowsAsync<SnmpErrorStatusException>(() => client.GetAsync(TestAgent.Target(lab.Agent.LocalEndpoint, SnmpMessageVersion.V1, "public"), oids));

        Assert.Equal([OctetString.FromString("text"), NoSuchInstance.Instance, NoSuchObject.Instance], v2.Select(v => v.Value));
        Assert.Equal(SnmpErrorStatus.NoSuchName, v1.ErrorStatus);
        Assert.Equal(2, v1.ErrorIndex);
    }

    [Fact]
    public async Task GetNext_V1_SkipsCounter64()
    {
        await using var lab = await TestAgent.StartAsync(IPAddress.Loopback, store: CreateStore());
        await using var client = new SnmpClient();

        var v1 = await client.GetNextAsync(TestAgent.Target(lab.Agent.LocalEndpoint, SnmpMessageVersion.V1, "public"), [Big]);
        var v2 = await client.GetNextAsync(TestAgent.Target(lab.Agent.LocalEndpoint, SnmpMessageVersion.V2c, "public"), [Big]);

        Assert.Equal(Hook.Append(0), v1[0].Oid);
        Assert.Equal(Big.Append(0), v2[0].Oid);
    }

    [Fact]
    public async Task GetBulk_NonRepeatersAndRepetitions_FollowRfc3416()
    {
        await using var lab = await TestAgent.StartAsync(IPAddress.Loopback, store: CreateStore());
        await using var client = new SnmpClient();
        var target = TestAgent.Target(lab.Agent.LocalEndpoint, SnmpMessageVersion.V2c, "public");

        var result = await client.GetBulkAsync(target, 1, 4, [Enterprise, Text, Hook]);

        Assert.Equal(
            ["1.3.6.1.4.1.99.1.0", "1.3.6.1.4.1.99.1.0", "1.3.6.1.4.1.99.5.0", "1.3.6.1.4.1.99.2.0", "1.3.6.1.4.1.99.6.0", "1.3.6.1.4.1.99.3.0", "1.3.6.1.4.1.99.7.0", "1.3.6.1.4.1.99.4.0", "1.3.6.1.4.1.99.7.0"],
            result.Select(v => v.Oid.ToString()));
        Assert.IsType<EndOfMibView>(result[8].Value);
        Assert.All(result.Take(8), v => Assert.False(v.Value.IsException));
    }

    [Fact]
    public async Task GetBulk_LargeMaxRepetitions_IsTruncatedToTheMessageSize()
    {
        var store = new MibStore();
        var column = Enterprise.Append(9, 1, 2);
        store.AddColumn(column, new MibObjectOptions { Type = SnmpTag.OctetString });
        for (var i = 1u; i <= 200; i++)
        {
            store.SetCell(column, [i], OctetString.FromString(new string('v', 40)));
        }

        await using var agent = SnmpAgent.Start(new SnmpAgentOptions { ReadOnlyCommunities = ["public"], MaxMessageSize = 1500 }, store);
        await using var client = new SnmpClient();

        var result = await client.GetBulkAsync(TestAgent.Target(agent.LocalEndpoint, SnmpMessageVersion.V2c, "public"), 0, 200, [column]);

        Assert.InRange(result.Count, 10, 40);
        Assert.Equal(column.Append(1), result[0].Oid);
    }

    [Fact]
    public async Task Get_ResponseLargerThanMessageSize_IsTooBig()
    {
        var store = new MibStore().AddScalar(Text, OctetString.FromString(new string('x', 1000)));
        await using var agent = SnmpAgent.Start(new SnmpAgentOptions { ReadOnlyCommunities = ["public"], MaxMessageSize = 500 }, store);
        await using var client = new SnmpClient();

        var ex = await Assert.ThrowsAsync<SnmpErrorStatusException>(() => client.GetAsync(TestAgent.Target(agent.LocalEndpoint, SnmpMessageVersion.V2c, "public"), [Text.Append(0)]));

        Assert.Equal(SnmpErrorStatus.TooBig, ex.ErrorStatus);
    }

    [Fact]
    public async Task FaultHooks_SilentAndDrop_MakeRequestsTimeOutUntilCleared()
    {
        await using var lab = await TestAgent.StartAsync(IPAddress.Loopback);
        await using var client = new SnmpClient();
        var target = new SnmpTarget(lab.Agent.LocalEndpoint, SnmpMessageVersion.V2c, "public") { Timeout = TimeSpan.FromMilliseconds(150), Retries = 0 };
        Oid[] oids = [TestAgent.SysDescr.Append(0)];

        lab.Agent.Silent = true;
        await Assert.ThrowsAsync<SnmpTimeoutException>(() => client.GetAsync(target, oids));
        lab.Agent.Silent = false;
        lab.Agent.DropRate = 1;
        await Assert.ThrowsAsync<SnmpTimeoutException>(() => client.GetAsync(target, oids));
        lab.Agent.DropRate = 0;

        Assert.Single(await client.GetAsync(target with { Timeout = TestAgent.PatientTimeout, Retries = 2 }, oids));
    }

    [Fact]
    public async Task ResponseDelay_LongerThanTimeout_TimesOutAndShorterSucceeds()
    {
        await using var lab = await TestAgent.StartAsync(IPAddress.Loopback);
        await using var client = new SnmpClient();
        var target = new SnmpTarget(lab.Agent.LocalEndpoint, SnmpMessageVersion.V2c, "public") { Timeout = TimeSpan.FromMilliseconds(300), Retries = 0 };
        Oid[] oids = [TestAgent.SysDescr.Append(0)];

        lab.Agent.ResponseDelay = TimeSpan.FromSeconds(2);
        await Assert.ThrowsAsync<SnmpTimeoutException>(() => client.GetAsync(target, oids));
        lab.Agent.ResponseDelay = TimeSpan.FromMilliseconds(20);

        Assert.Single(await client.GetAsync(target with { Timeout = TestAgent.PatientTimeout, Retries = 2 }, oids));
    }

    private static MibStore CreateStore() => new MibStore()
        .AddScalar(Text, OctetString.FromString("text"), new MibObjectOptions { Access = MibAccess.ReadWrite, Constraint = new MibConstraint { MaxSize = 32 } })
        .AddScalar(Number, new Integer32(1), new MibObjectOptions { Access = MibAccess.ReadWrite, Constraint = new MibConstraint { MinValue = 0, MaxValue = 10 } })
        .AddScalar(Fixed, new Integer32(1))
        .AddScalar(Big, new Counter64(1UL << 40))
        .AddScalar(Hook, new Integer32(0), new MibObjectOptions
        {
            Access = MibAccess.ReadWrite,
            Validator = (_, v, _) => ((Integer32)v).Value > 0 ? (SnmpErrorStatus)((Integer32)v).Value : SnmpErrorStatus.NoError,
            OnCommit = (_, v) => ((Integer32)v).Value >= 0,
        })
        .AddScalar(Octets, OctetString.Empty)
        .AddScalar(Fragile, new Integer32(0), new MibObjectOptions { Access = MibAccess.ReadWrite, OnCommit = (_, v) => ((Integer32)v).Value != 0 });
}
