using Provisioner.Snmp.Agent;
using Provisioner.Snmp.Pdus;
using Provisioner.Snmp.Types;

namespace Provisioner.Testing.Simulators.Snmp;

/// <summary>
/// An <see cref="IMibStore"/> in front of a lab model's <see cref="MibStore"/> that logs every Set that
/// reaches it and injects value faults per object: refuse (wrongValue) or acknowledge-and-forget (a lost
/// write). The inner store can be swapped to reset the device.
/// </summary>
public sealed class FaultingMibStore : IMibStore
{
    private readonly Lock gate = new();
    private readonly List<VarBind> log = [];
    private readonly HashSet<Oid> rejected = [];
    private readonly HashSet<Oid> lost = [];
    private MibStore inner;
    private bool logging = true;

    /// <summary>Creates the store over <paramref name="inner"/>.</summary>
    /// <param name="inner">The lab model's store.</param>
    public FaultingMibStore(MibStore inner) => this.inner = inner ?? throw new ArgumentNullException(nameof(inner));

    /// <summary>The lab model's store now served.</summary>
    public MibStore Inner
    {
        get
        {
            lock (gate)
            {
                return inner;
            }
        }
    }

    /// <summary>Every binding of every Set since the last <see cref="ClearLog"/>, including refused and lost ones.</summary>
    public IReadOnlyList<VarBind> Log
    {
        get
        {
            lock (gate)
            {
                return [.. log];
            }
        }
    }

    /// <summary>Empties the log.</summary>
    public void ClearLog()
    {
        lock (gate)
        {
            log.Clear();
        }
    }

    /// <summary>Serves <paramref name="fresh"/> from now on, with no faults and an empty log.</summary>
    /// <param name="fresh">A store at the initial state.</param>
    public void Reset(MibStore fresh)
    {
        lock (gate)
        {
            inner = fresh ?? throw new ArgumentNullException(nameof(fresh));
            log.Clear();
            rejected.Clear();
            lost.Clear();
            logging = true;
        }
    }

    /// <summary>Refuses Sets of instances under <paramref name="objects"/> with wrongValue.</summary>
    /// <param name="objects">Instances or column OIDs.</param>
    public void Reject(IEnumerable<Oid> objects)
    {
        lock (gate)
        {
            rejected.UnionWith(objects);
        }
    }

    /// <summary>Acknowledges Sets of instances under <paramref name="objects"/> but keeps the old values.</summary>
    /// <param name="objects">Instances or column OIDs.</param>
    public void Lose(IEnumerable<Oid> objects)
    {
        lock (gate)
        {
            lost.UnionWith(objects);
        }
    }

    /// <summary>Removes every fault.</summary>
    public void ClearFaults()
    {
        lock (gate)
        {
            rejected.Clear();
            lost.Clear();
        }
    }

    /// <summary>Runs <paramref name="action"/> with logging off (an out-of-band change, not a driver write).</summary>
    /// <param name="action">The change.</param>
    /// <returns>A task that completes with the change.</returns>
    public async Task UnloggedAsync(Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        lock (gate)
        {
            logging = false;
        }

        try
        {
            await action();
        }
        finally
        {
            lock (gate)
            {
                logging = true;
            }
        }
    }

    /// <inheritdoc/>
    public SnmpValue Get(Oid oid) => Inner.Get(oid);

    /// <inheritdoc/>
    public VarBind GetNext(Oid oid) => Inner.GetNext(oid);

    /// <inheritdoc/>
    public SetResult Validate(IReadOnlyList<VarBind> varBinds)
    {
        ArgumentNullException.ThrowIfNull(varBinds);
        lock (gate)
        {
            if (logging)
            {
                log.AddRange(varBinds);
            }

            for (var i = 0; i < varBinds.Count; i++)
            {
                if (Under(rejected, varBinds[i].Oid))
                {
                    return new SetResult(SnmpErrorStatus.WrongValue, i + 1);
                }
            }

            return inner.Validate(varBinds);
        }
    }

    /// <inheritdoc/>
    public SetResult Commit(IReadOnlyList<VarBind> varBinds)
    {
        ArgumentNullException.ThrowIfNull(varBinds);
        lock (gate)
        {
            var kept = varBinds.Where(b => !Under(lost, b.Oid)).ToList();
            return kept.Count == 0 ? SetResult.Success : inner.Commit(kept);
        }
    }

    private static bool Under(HashSet<Oid> objects, Oid oid) => objects.Count > 0 && objects.Any(o => oid == o || oid.StartsWith(o));
}
