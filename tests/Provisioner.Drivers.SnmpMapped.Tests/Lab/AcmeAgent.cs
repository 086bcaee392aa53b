using System.Net;
using Provisioner.Drivers.SnmpMapped.Model;
using Provisioner.Snmp.Agent;
using Provisioner.Snmp.Pdus;
using Provisioner.Snmp.Types;

namespace Provisioner.Drivers.SnmpMapped.Tests.Lab;

/// <summary>
/// A loopback agent for the example mapping <c>acme-pdu-slots.yaml</c>, built on our <see cref="MibStore"/>:
/// every mapped object is writable, the port answers as Gauge32, the password is write-only, and every
/// committed SET binding is recorded in order; the objects in <c>refused</c> answer inconsistentValue to a SET.
/// </summary>
internal sealed class AcmeAgent : IAsyncDisposable
{
    public const string Community = "acme-rw-4e1b";
    private readonly List<VarBind> committed = [];

    private AcmeAgent(SnmpAgent agent) => Agent = agent;

    public SnmpAgent Agent { get; }

    public int Port => Agent.LocalEndpoint.Port;

    public IReadOnlyList<VarBind> Committed
    {
        get
        {
            lock (committed)
            {
                return [.. committed];
            }
        }
    }

    public static AcmeAgent Start(MappingDefinition mapping, string sysObjectId, string sysDescr, IReadOnlySet<Oid>? refused = null)
    {
        AcmeAgent? self = null;
        var store = new MibStore();
        store.AddScalar(Oid.Parse("1.3.6.1.2.1.1.1"), OctetString.FromString(sysDescr));
        store.AddScalar(Oid.Parse("1.3.6.1.2.1.1.2"), new ObjectIdentifier(Oid.Parse(sysObjectId)));
        store.AddScalar(Oid.Parse("1.3.6.1.2.1.1.5"), OctetString.FromString("pdu-lab-01"));
        bool Record(Oid oid, SnmpValue value)
        {
            lock (self!.committed)
            {
                self.committed.Add(new VarBind(oid, value));
            }

            return true;
        }

        var options = new MibObjectOptions
        {
            Access = MibAccess.ReadWrite,
            OnCommit = Record,
            Validator = (oid, _, _) => refused?.Contains(oid) == true ? SnmpErrorStatus.InconsistentValue : SnmpErrorStatus.NoError,
        };
        foreach (var (key, scalar) in mapping.Scalars)
        {
            SnmpValue initial = scalar.Type switch
            {
                WireType.IpAddress => new IpAddress(IPAddress.Parse("192.0.2.1")),
                WireType.Gauge32 => new Gauge32(25),
                WireType.OctetString => OctetString.Empty,
                _ => new Integer32(scalar.Values is { } v ? (int)v.Entries[^1].Value : 0),
            };
            store.AddScalar(
                new Oid(scalar.Oid.Arcs[..^1]),
                initial,
                scalar.WriteOnly ? options with { Access = MibAccess.WriteOnly, WriteOnlyReadValue = OctetString.Empty } : options);
        }

        foreach (var oid in mapping.Recipients?.Addresses ?? [])
        {
            store.AddScalar(new Oid(oid.Arcs[..^1]), OctetString.Empty, options);
        }

        if (mapping.Commit is { } commit)
        {
            store.AddScalar(new Oid(commit.Oid.Arcs[..^1]), new Integer32(0), options);
        }

        self = new AcmeAgent(SnmpAgent.Start(new SnmpAgentOptions { ReadWriteCommunities = [Community] }, store));
        return self;
    }

    public ValueTask DisposeAsync() => Agent.DisposeAsync();
}
