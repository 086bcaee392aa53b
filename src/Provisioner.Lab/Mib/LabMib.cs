using Provisioner.Lab.Devices;
using Provisioner.Snmp.Agent;
using Provisioner.Snmp.Pdus;
using Provisioner.Snmp.Types;

namespace Provisioner.Lab.Mib;

/// <summary>
/// The object store of one simulated SNMP device: the objects its MIB defines, their current values,
/// a two-phase SET (every binding is checked before any is stored, as RFC 3416 §4.2.5 requires), a
/// bounded write log (the last <see cref="WriteLogCapacity"/> bindings, plus a count of all), and the
/// value-level faults of <see cref="DeviceFaults"/>. Thread-safe.
/// </summary>
public sealed partial class LabMib : IMibStore
{
    private readonly Lock gate = new();
    private readonly SortedDictionary<Oid, MibObject> objects = [];
    private readonly Dictionary<Oid, SnmpValue> values = [];
    private readonly Dictionary<Oid, Func<SnmpValue>> computed = [];
    private readonly Queue<WriteLogEntry> writeLog = new();
    private long writesLogged;
    private readonly TimeProvider time;

    /// <summary>Creates a store holding <paramref name="definitions"/> at their defaults.</summary>
    /// <param name="definitions">The object instances.</param>
    /// <param name="faults">The device's faults (read at every SET).</param>
    /// <param name="time">The clock for write-log stamps.</param>
    public LabMib(IEnumerable<MibObject> definitions, DeviceFaults faults, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        Faults = faults;
        this.time = time;
        foreach (var o in definitions)
        {
            objects.Add(o.Oid, o);
            values[o.Oid] = o.Default;
        }
    }

    /// <summary>Raised after a SET was stored, with the bindings it stored, outside the store's lock.</summary>
    public event EventHandler<IReadOnlyList<VarBind>>? Committed;

    /// <summary>Raised when a fault reset the device part-way through a SET.</summary>
    public event EventHandler? Reset;

    /// <summary>The device's faults.</summary>
    public DeviceFaults Faults { get; }

    /// <summary>The object definitions, in OID order.</summary>
    public IReadOnlyCollection<MibObject> Objects => objects.Values;

    /// <summary>
    /// How many SET bindings <see cref="WriteLog"/> keeps: the most recent ones. Its readers (tests, the
    /// demo, conformance suites) look at the writes of one step after a <see cref="ClearWriteLog"/>, never
    /// at a long-running lab's history, so a lab that takes millions of SETs keeps a fixed amount of memory.
    /// </summary>
    public const int WriteLogCapacity = 1024;

    /// <summary>The last <see cref="WriteLogCapacity"/> SET bindings since start (or the last <see cref="ClearWriteLog"/>), oldest first.</summary>
    public IReadOnlyList<WriteLogEntry> WriteLog
    {
        get
        {
            lock (gate)
            {
                return [.. writeLog];
            }
        }
    }

    /// <summary>Every SET binding since start (or the last <see cref="ClearWriteLog"/>), including those <see cref="WriteLog"/> no longer holds.</summary>
    public long WritesLogged
    {
        get
        {
            lock (gate)
            {
                return writesLogged;
            }
        }
    }

    /// <summary>Makes <paramref name="oid"/> answer with a value computed at each read (e.g. sysUpTime).</summary>
    /// <param name="oid">An object instance defined in this store.</param>
    /// <param name="value">Computes the value.</param>
    public void Compute(Oid oid, Func<SnmpValue> value) => computed[oid] = value;

    /// <summary>Returns the object named <paramref name="nameOrOid"/> (descriptor with instance, or dotted OID), or null.</summary>
    /// <param name="nameOrOid">E.g. <c>smtp-Server-Port.0</c>.</param>
    /// <returns>The definition, or null.</returns>
    public MibObject? Find(string nameOrOid) =>
        backing is not null ? null
        : Oid.TryParse(nameOrOid, out var oid) && objects.TryGetValue(oid, out var byOid)
            ? byOid
            : objects.Values.FirstOrDefault(o => string.Equals(o.Name, nameOrOid, StringComparison.OrdinalIgnoreCase));

    /// <summary>Answers a GET of one binding.</summary>
    /// <param name="oid">The requested instance.</param>
    /// <returns>The value, or <see cref="NoSuchInstance"/>/<see cref="NoSuchObject"/>.</returns>
    public SnmpValue Get(Oid oid)
    {
        ArgumentNullException.ThrowIfNull(oid);
        if (backing is not null)
        {
            return backing.Get(oid);
        }

        lock (gate)
        {
            if (objects.ContainsKey(oid))
            {
                return computed.TryGetValue(oid, out var f) ? f() : values[oid];
            }

            var parent = oid.Length > 1 ? new Oid(oid.Arcs[..^1]) : oid;
            return objects.Keys.Any(k => k.StartsWith(parent) && k.Length == oid.Length) ? NoSuchInstance.Instance : NoSuchObject.Instance;
        }
    }

    /// <summary>Answers a GETNEXT of one binding: the first instance after <paramref name="oid"/>.</summary>
    /// <param name="oid">The requested name.</param>
    /// <returns>The next binding, or one holding <see cref="EndOfMibView"/>.</returns>
    public VarBind GetNext(Oid oid)
    {
        ArgumentNullException.ThrowIfNull(oid);
        if (backing is not null)
        {
            return backing.GetNext(oid);
        }

        lock (gate)
        {
            foreach (var key in objects.Keys)
            {
                if (key > oid)
                {
                    return new VarBind(key, computed.TryGetValue(key, out var f) ? f() : values[key]);
                }
            }

            return new VarBind(oid, EndOfMibView.Instance);
        }
    }

    /// <inheritdoc/>
    public SetResult Validate(IReadOnlyList<VarBind> varBinds)
    {
        ArgumentNullException.ThrowIfNull(varBinds);
        if (backing is not null)
        {
            return ValidateBacked(varBinds);
        }

        lock (gate)
        {
            for (var i = 0; i < varBinds.Count; i++)
            {
                var status = Check(varBinds[i]);
                if (status != SnmpErrorStatus.NoError)
                {
                    return new SetResult(status, i + 1);
                }
            }
        }

        return SetResult.Success;
    }

    /// <summary>
    /// Stores validated bindings. A lost-write fault keeps the old value of that object; a reset fault
    /// stores the first half of the bindings, restarts the device and answers <c>commitFailed</c> at
    /// the first binding it did not store.
    /// </summary>
    /// <param name="varBinds">The bindings, already validated.</param>
    /// <returns>The answer.</returns>
    public SetResult Commit(IReadOnlyList<VarBind> varBinds)
    {
        ArgumentNullException.ThrowIfNull(varBinds);
        if (backing is not null)
        {
            return CommitBacked(varBinds);
        }

        List<VarBind> stored = [];
        bool reset;
        int count;
        lock (gate)
        {
            reset = Faults.ResetOnNextSet;
            Faults.ResetOnNextSet = false;
            count = reset ? varBinds.Count / 2 : varBinds.Count;
            var now = time.GetUtcNow();
            for (var i = 0; i < count; i++)
            {
                var (oid, value) = (varBinds[i].Oid, varBinds[i].Value);
                var definition = objects[oid];
                var keep = !DeviceFaults.Names(Faults.LostWrites, definition.Name, oid.ToString());
                if (keep)
                {
                    values[oid] = value;
                    stored.Add(varBinds[i]);
                }

                AddToWriteLog(new WriteLogEntry(now, definition.Name, oid, value, keep));
            }
        }

        if (stored.Count > 0)
        {
            Committed?.Invoke(this, stored);
        }

        if (reset)
        {
            Reset?.Invoke(this, EventArgs.Empty);
            return new SetResult(SnmpErrorStatus.CommitFailed, count + 1);
        }

        return SetResult.Success;
    }

    /// <summary>Applies a SET as the agent does: <see cref="Validate"/>, then <see cref="Commit"/>.</summary>
    /// <param name="varBinds">The bindings, in request order.</param>
    /// <returns>The answer.</returns>
    public SetResult Set(IReadOnlyList<VarBind> varBinds)
    {
        var check = Validate(varBinds);
        return check.IsSuccess ? Commit(varBinds) : check;
    }

    /// <summary>Changes a value out of band, as a person at the device's web page would: no access check, no write log.</summary>
    /// <param name="nameOrOid">The object, by descriptor with instance or dotted OID.</param>
    /// <param name="value">The new value; must carry the object's syntax.</param>
    /// <exception cref="ArgumentException">No such object, or the value has the wrong type.</exception>
    public void Poke(string nameOrOid, SnmpValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (backing is not null)
        {
            PokeBacked(nameOrOid, value);
            return;
        }

        var definition = Find(nameOrOid) ?? throw new ArgumentException($"The device has no object '{nameOrOid}'.", nameof(nameOrOid));
        if (value.Tag != definition.Syntax)
        {
            throw new ArgumentException($"{definition.Name} takes {definition.Syntax}, not {value.Tag}.", nameof(value));
        }

        lock (gate)
        {
            values[definition.Oid] = value;
        }
    }

    /// <summary>Returns the stored value of every object (computed objects excluded), in OID order.</summary>
    /// <returns>The values.</returns>
    public IReadOnlyList<VarBind> Export()
    {
        if (backing is not null)
        {
            return ExportBacked();
        }

        lock (gate)
        {
            return objects.Keys.Where(k => !computed.ContainsKey(k)).Select(k => new VarBind(k, values[k])).ToList();
        }
    }

    /// <summary>Replaces stored values with <paramref name="bindings"/> (from a saved state), without access checks or write log.</summary>
    /// <param name="bindings">The values; each must name an object of this device and carry its syntax.</param>
    /// <exception cref="ArgumentException">A binding names no object of this device or has the wrong type.</exception>
    public void Import(IEnumerable<VarBind> bindings)
    {
        ArgumentNullException.ThrowIfNull(bindings);
        foreach (var b in bindings)
        {
            Poke(b.Oid.ToString(), b.Value);
        }
    }

    /// <summary>Forgets the write log and its count.</summary>
    public void ClearWriteLog()
    {
        lock (gate)
        {
            writeLog.Clear();
            writesLogged = 0;
        }
    }

    /// <summary>Appends to the write log, dropping the oldest entry when it is full. Call under the gate.</summary>
    private void AddToWriteLog(WriteLogEntry entry)
    {
        if (writeLog.Count == WriteLogCapacity)
        {
            writeLog.Dequeue();
        }

        writeLog.Enqueue(entry);
        writesLogged++;
    }

    private SnmpErrorStatus Check(VarBind binding)
    {
        if (!objects.TryGetValue(binding.Oid, out var definition))
        {
            return SnmpErrorStatus.NotWritable;
        }

        var status = definition.Check(binding.Value);
        if (status == SnmpErrorStatus.NoError && DeviceFaults.Names(Faults.RejectedObjects, definition.Name, binding.Oid.ToString()))
        {
            return SnmpErrorStatus.WrongValue;
        }

        return status;
    }
}
