using System.Globalization;
using System.Net;
using Provisioner.Snmp.Client;
using Provisioner.Snmp.Types;

namespace Provisioner.Snmp.Tests.Interop;

/// <summary>
/// Performs each matrix operation with our <see cref="SnmpClient"/> against an agent and checks
/// the answers: the right OIDs in the right order, real values, and a Set that reads back.
/// </summary>
/// <param name="client">The client under test.</param>
/// <param name="endpoint">The agent.</param>
/// <param name="expectedWalk">The system-group OIDs net-snmp's snmpwalk saw on this agent; the walk must see the same.</param>
internal sealed class SnmpClientDriver(SnmpClient client, IPEndPoint endpoint, IReadOnlyList<Oid> expectedWalk)
{
    private static readonly Oid System = Oid.Parse("1.3.6.1.2.1.1");
    private static readonly Oid SysDescrObject = Oid.Parse("1.3.6.1.2.1.1.1");
    private static readonly Oid SysDescr = Oid.Parse("1.3.6.1.2.1.1.1.0");
    private static readonly Oid SysContact = Oid.Parse("1.3.6.1.2.1.1.4.0");
    private static readonly Oid SysName = Oid.Parse("1.3.6.1.2.1.1.5.0");
    private static readonly Oid SysLocation = Oid.Parse("1.3.6.1.2.1.1.6.0");
    private int setCounter;

    /// <summary>Performs <paramref name="operation"/> for <paramref name="row"/>; throws on any mismatch.</summary>
    /// <param name="row">The credentials.</param>
    /// <param name="operation">The operation.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>A task that completes when the operation has been checked.</returns>
    public async Task RunAsync(InteropCase row, InteropOperation operation, CancellationToken cancellationToken)
    {
        var target = InteropCaseCredentials.Target(row, endpoint);
        switch (operation)
        {
            case InteropOperation.Get:
                var got = await client.GetAsync(target, [SysDescr, SysName], cancellationToken);
                ExpectStrings(got, [SysDescr, SysName]);
                break;
            case InteropOperation.GetNext:
                var next = await client.GetNextAsync(target, [SysDescrObject], cancellationToken);
                ExpectStrings(next, [SysDescr]);
                break;
            case InteropOperation.GetBulk:
                var bulk = await client.GetBulkAsync(target, 0, 5, [System], cancellationToken);
                ExpectOids(bulk.Select(b => b.Oid).ToList(), [.. expectedWalk.Take(5)], "GetBulk(0, 5, system)");
                break;
            case InteropOperation.Walk:
                var walked = new List<Oid>();
                await foreach (var binding in client.WalkAsync(target, System, cancellationToken))
                {
                    walked.Add(binding.Oid);
                }

                ExpectOids(walked, expectedWalk, "Walk(system)");
                break;
            case InteropOperation.SetGet:
                await SetThenGetAsync(target, row, cancellationToken);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(operation), operation, "Unknown operation.");
        }
    }

    private async Task SetThenGetAsync(SnmpTarget target, InteropCase row, CancellationToken cancellationToken)
    {
        var n = Interlocked.Increment(ref setCounter).ToString(CultureInfo.InvariantCulture);
        var contact = OctetString.FromString($"client-contact-{row.UserName ?? row.Version}-{n}");
        var location = OctetString.FromString($"client-location-{row.UserName ?? row.Version}-{n}");
        VarBind[] changes = [new(SysContact, contact), new(SysLocation, location)];
        var answered = await client.SetAsync(target, changes, cancellationToken);
        if (!answered.SequenceEqual(changes))
        {
            throw new InvalidOperationException($"The Set response echoed [{string.Join(", ", answered)}] instead of the values set.");
        }

        var readBack = await client.GetAsync(target, [SysContact, SysLocation], cancellationToken);
        if (!readBack.SequenceEqual(changes))
        {
            throw new InvalidOperationException($"Set {contact}/{location} but read back [{string.Join(", ", readBack)}].");
        }
    }

    private static void ExpectStrings(IReadOnlyList<VarBind> bindings, IReadOnlyList<Oid> oids)
    {
        if (!bindings.Select(b => b.Oid).SequenceEqual(oids) || bindings.Any(b => b.Value is not OctetString))
        {
            throw new InvalidOperationException(
                $"Expected strings for [{string.Join(", ", oids)}] but got [{string.Join(", ", bindings)}].");
        }
    }

    private static void ExpectOids(IReadOnlyList<Oid> actual, IReadOnlyList<Oid> expected, string what)
    {
        if (!actual.SequenceEqual(expected))
        {
            throw new InvalidOperationException(
                $"{what} returned [{string.Join(", ", actual)}] but net-snmp's snmpwalk saw [{string.Join(", ", expected)}].");
        }
    }
}
