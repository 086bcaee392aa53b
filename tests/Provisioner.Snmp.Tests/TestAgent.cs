using System.Net;
using Provisioner.Snmp.Agent;
using Provisioner.Snmp.Client;
using Provisioner.Snmp.Messages;
using Provisioner.Snmp.Security;
using Provisioner.Snmp.Types;

namespace Provisioner.Snmp.Tests;

/// <summary>An in-process agent on loopback with a small system group, for tests.</summary>
internal sealed class TestAgent : IAsyncDisposable
{
    public static readonly Oid System = Oid.Parse("1.3.6.1.2.1.1");
    public static readonly Oid SysDescr = Oid.Parse("1.3.6.1.2.1.1.1");
    public static readonly Oid SysUpTime = Oid.Parse("1.3.6.1.2.1.1.3");
    public static readonly Oid SysContact = Oid.Parse("1.3.6.1.2.1.1.4");
    public static readonly Oid SysName = Oid.Parse("1.3.6.1.2.1.1.5");

    /// <summary>A timeout for requests that must succeed: the CI machine is shared and can stall for seconds.</summary>
    public static readonly TimeSpan PatientTimeout = TimeSpan.FromSeconds(5);

    private TestAgent(SnmpAgent agent, MibStore store)
    {
        Agent = agent;
        Store = store;
    }

    public SnmpAgent Agent { get; }

    public MibStore Store { get; }

    /// <summary>A community target with <see cref="PatientTimeout"/> and two retries.</summary>
    public static SnmpTarget Target(IPEndPoint endpoint, SnmpMessageVersion version, string community) =>
        new(endpoint, version, community) { Timeout = PatientTimeout, Retries = 2 };

    public static MibStore CreateStore()
    {
        var writable = new MibObjectOptions { Access = MibAccess.ReadWrite, Constraint = new MibConstraint { MaxSize = 255 } };
        return new MibStore()
            .AddScalar(SysDescr, OctetString.FromString("Provisioner test agent"))
            .AddScalar(SysUpTime, new TimeTicks(42))
            .AddScalar(SysContact, OctetString.FromString("admin"), writable)
            .AddScalar(SysName, OctetString.FromString("agent"), writable);
    }

    public static Task<TestAgent> StartAsync(IPAddress address, IReadOnlyList<UsmUser>? users = null, MibStore? store = null, TimeProvider? time = null)
    {
        store ??= CreateStore();
        var agent = SnmpAgent.Start(
            new SnmpAgentOptions
            {
                Endpoint = new IPEndPoint(address, 0),
                ReadOnlyCommunities = ["public"],
                ReadWriteCommunities = ["private"],
                Users = users ?? [],
                TimeProvider = time ?? TimeProvider.System,
            },
            store);
        return Task.FromResult(new TestAgent(agent, store));
    }

    public ValueTask DisposeAsync() => Agent.DisposeAsync();
}
