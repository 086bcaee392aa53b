using Provisioner.Lab.Devices;
using Provisioner.Snmp.Agent;
using Provisioner.Snmp.Pdus;
using Provisioner.Snmp.Types;

namespace Provisioner.Lab.Mib;

/// <summary>
/// A <see cref="LabMib"/> in front of a model that keeps its objects in a <see cref="MibStore"/> (rows
/// created by SET, write-only objects, agents answering another type than they accept). The store does
/// the two-phase SET; this adds the device faults (objects named by dotted OID, or an OID prefix such as
/// a table column), the write log and the <see cref="Committed"/> event, like the definition-based mode.
/// </summary>
public sealed partial class LabMib
{
    private readonly MibStore? backing;

    /// <summary>Creates a store served by <paramref name="store"/>.</summary>
    /// <param name="store">The model's objects.</param>
    /// <param name="faults">The device's faults (read at every SET).</param>
    /// <param name="time">The clock for write-log stamps.</param>
    public LabMib(MibStore store, DeviceFaults faults, TimeProvider time)
    {
        backing = store ?? throw new ArgumentNullException(nameof(store));
        Faults = faults ?? throw new ArgumentNullException(nameof(faults));
        this.time = time ?? throw new ArgumentNullException(nameof(time));
    }

    private static bool Names(ISet<string> list, Oid oid)
    {
        if (list.Count == 0)
        {
            return false;
        }

        for (var prefix = oid; prefix.Length > 0; prefix = new Oid(prefix.Arcs[..^1]))
        {
            if (list.Contains(prefix.ToString()))
            {
                return true;
            }
        }

        return false;
    }

    private SetResult ValidateBacked(IReadOnlyList<VarBind> varBinds)
    {
        for (var i = 0; i < varBinds.Count; i++)
        {
            if (Names(Faults.RejectedObjects, varBinds[i].Oid))
            {
                return new SetResult(SnmpErrorStatus.WrongValue, i + 1);
            }
        }

        return backing!.Validate(varBinds);
    }

    private SetResult CommitBacked(IReadOnlyList<VarBind> varBinds)
    {
        var reset = Faults.ResetOnNextSet;
        Faults.ResetOnNextSet = false;
        var count = reset ? varBinds.Count / 2 : varBinds.Count;
        var now = time.GetUtcNow();
        var kept = varBinds.Take(count).Where(b => !Names(Faults.LostWrites, b.Oid)).ToList();
        lock (gate)
        {
            foreach (var b in varBinds.Take(count))
            {
                AddToWriteLog(new WriteLogEntry(now, b.Oid.ToString(), b.Oid, b.Value, kept.Contains(b)));
            }
        }

        var result = kept.Count == 0 ? SetResult.Success : backing!.Commit(kept);
        if (result.IsSuccess && kept.Count > 0)
        {
            Committed?.Invoke(this, kept);
        }

        if (reset)
        {
            Reset?.Invoke(this, EventArgs.Empty);
            return new SetResult(SnmpErrorStatus.CommitFailed, count + 1);
        }

        return result;
    }

    private void PokeBacked(string nameOrOid, SnmpValue value)
    {
        if (!Oid.TryParse(nameOrOid, out var oid))
        {
            throw new ArgumentException($"'{nameOrOid}' is not a dotted OID; this device names its objects by OID.", nameof(nameOrOid));
        }

        if (backing!.TryGetValue(oid, out _))
        {
            backing.SetValue(oid, value);
            return;
        }

        for (var depth = 1; depth < oid.Length; depth++)
        {
            try
            {
                backing.SetCell(new Oid(oid.Arcs[..^depth]), oid.Arcs[^depth..], value);
                return;
            }
            catch (ArgumentException)
            {
                // Not a column at this depth; try a shorter column OID.
            }
        }

        throw new ArgumentException($"The device has no object {oid}.", nameof(nameOrOid));
    }

    private List<VarBind> ExportBacked()
    {
        var result = new List<VarBind>();
        for (var next = backing!.GetNext(Oid.Parse("0.0")); next.Value is not EndOfMibView; next = backing.GetNext(next.Oid))
        {
            result.Add(next);
        }

        return result;
    }
}
