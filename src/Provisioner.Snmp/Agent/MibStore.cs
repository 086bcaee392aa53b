using Provisioner.Snmp.Pdus;
using Provisioner.Snmp.Types;

namespace Provisioner.Snmp.Agent;

/// <summary>
/// A ready <see cref="IMibStore"/>: scalars (instance <c>.0</c>) and table columns (instances under the
/// column OID), each with access, type and constraints, kept in lexicographic order. Thread-safe.
/// </summary>
public sealed partial class MibStore : IMibStore
{
    private readonly Lock _gate = new();
    private readonly List<Definition> _definitions = [];
    private readonly List<Oid> _order = [];
    private readonly Dictionary<Oid, Instance> _instances = [];

    /// <summary>The number of instances held.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _instances.Count;
            }
        }
    }

    /// <summary>Adds a scalar object with its instance <c>objectOid.0</c>.</summary>
    /// <param name="objectOid">The object OID without the instance, for example sysName 1.3.6.1.2.1.1.5.</param>
    /// <param name="value">The initial value.</param>
    /// <param name="options">Access, type and constraints; read-only when null.</param>
    /// <returns>This store, for chaining.</returns>
    public MibStore AddScalar(Oid objectOid, SnmpValue value, MibObjectOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(objectOid);
        ArgumentNullException.ThrowIfNull(value);
        lock (_gate)
        {
            var definition = Define(objectOid, isColumn: false, options, value.Tag);
            Put(objectOid.Append(0), definition, value);
        }

        return this;
    }

    /// <summary>Adds a table column; rows are added with <see cref="SetCell"/> or created by Set when the access is read-create.</summary>
    /// <param name="columnOid">The column OID, for example ifDescr 1.3.6.1.2.1.2.2.1.2.</param>
    /// <param name="options">Access, type (required) and constraints.</param>
    /// <returns>This store, for chaining.</returns>
    public MibStore AddColumn(Oid columnOid, MibObjectOptions options)
    {
        ArgumentNullException.ThrowIfNull(columnOid);
        ArgumentNullException.ThrowIfNull(options);
        var type = options.Type ?? throw new ArgumentException("A column needs its value type (MibObjectOptions.Type).", nameof(options));
        lock (_gate)
        {
            Define(columnOid, isColumn: true, options, type);
        }

        return this;
    }

    /// <summary>Sets (or adds) the cell of a column at a row index.</summary>
    /// <param name="columnOid">The column OID added with <see cref="AddColumn"/>.</param>
    /// <param name="index">The row index arcs, for example <c>1</c>.</param>
    /// <param name="value">The cell value.</param>
    /// <returns>This store, for chaining.</returns>
    public MibStore SetCell(Oid columnOid, ReadOnlySpan<uint> index, SnmpValue value)
    {
        ArgumentNullException.ThrowIfNull(columnOid);
        ArgumentNullException.ThrowIfNull(value);
        if (index.IsEmpty)
        {
            throw new ArgumentException("A row index needs at least one arc.", nameof(index));
        }

        var instance = columnOid.Append(index);
        lock (_gate)
        {
            var definition = FindDefinition(instance);
            if (definition is null || !definition.IsColumn || definition.Oid != columnOid)
            {
                throw new ArgumentException($"{columnOid} is not a column of this store; add it with AddColumn first.", nameof(columnOid));
            }

            Put(instance, definition, value);
        }

        return this;
    }

    /// <summary>Replaces the value of an existing instance, bypassing access rules (for the lab's own changes).</summary>
    /// <param name="instanceOid">The instance OID.</param>
    /// <param name="value">The new value.</param>
    /// <exception cref="KeyNotFoundException">The instance does not exist.</exception>
    public void SetValue(Oid instanceOid, SnmpValue value)
    {
        ArgumentNullException.ThrowIfNull(instanceOid);
        ArgumentNullException.ThrowIfNull(value);
        lock (_gate)
        {
            if (!_instances.TryGetValue(instanceOid, out var existing))
            {
                throw new KeyNotFoundException($"The store holds no instance {instanceOid}.");
            }

            _instances[instanceOid] = existing with { Value = value };
        }
    }

    /// <summary>Reads an instance regardless of its access (for the lab and tests).</summary>
    /// <param name="instanceOid">The instance OID.</param>
    /// <param name="value">The value when present.</param>
    /// <returns>Whether the instance exists.</returns>
    public bool TryGetValue(Oid instanceOid, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SnmpValue? value)
    {
        lock (_gate)
        {
            var found = _instances.TryGetValue(instanceOid, out var instance);
            value = instance?.Value;
            return found;
        }
    }

    /// <summary>Removes an instance (for example a table row cell).</summary>
    /// <param name="instanceOid">The instance OID.</param>
    /// <returns>Whether it existed.</returns>
    public bool Remove(Oid instanceOid)
    {
        lock (_gate)
        {
            if (!_instances.Remove(instanceOid))
            {
                return false;
            }

            _order.RemoveAt(_order.BinarySearch(instanceOid));
            return true;
        }
    }

    /// <inheritdoc/>
    public SnmpValue Get(Oid oid)
    {
        ArgumentNullException.ThrowIfNull(oid);
        lock (_gate)
        {
            if (_instances.TryGetValue(oid, out var instance))
            {
                return Readable(instance) ?? NoSuchObject.Instance;
            }

            var definition = FindDefinition(oid);
            return definition is null || !IsReadable(definition) ? NoSuchObject.Instance : NoSuchInstance.Instance;
        }
    }

    /// <inheritdoc/>
    public VarBind GetNext(Oid oid)
    {
        ArgumentNullException.ThrowIfNull(oid);
        lock (_gate)
        {
            var position = _order.BinarySearch(oid);
            position = position >= 0 ? position + 1 : ~position;
            for (; position < _order.Count; position++)
            {
                var key = _order[position];
                if (Readable(_instances[key]) is { } value)
                {
                    return new VarBind(key, value);
                }
            }

            return new VarBind(oid, EndOfMibView.Instance);
        }
    }

    private static bool IsReadable(Definition definition) =>
        definition.Options.Access is MibAccess.ReadOnly or MibAccess.ReadWrite or MibAccess.ReadCreate
        || (definition.Options.Access == MibAccess.WriteOnly && definition.Options.WriteOnlyReadValue is not null);

    private static SnmpValue? Readable(Instance instance) => instance.Definition.Options.Access switch
    {
        MibAccess.ReadOnly or MibAccess.ReadWrite or MibAccess.ReadCreate => instance.Value,
        MibAccess.WriteOnly => instance.Definition.Options.WriteOnlyReadValue,
        _ => null,
    };

    private Definition Define(Oid oid, bool isColumn, MibObjectOptions? options, SnmpTag type)
    {
        var definition = new Definition(oid, isColumn, options ?? new MibObjectOptions(), options?.Type ?? type);
        var position = _definitions.BinarySearch(definition, DefinitionComparer.Instance);
        if (position >= 0)
        {
            _definitions[position] = definition;
            return definition;
        }

        position = ~position;
        var before = position > 0 ? _definitions[position - 1] : null;
        var after = position < _definitions.Count ? _definitions[position] : null;
        if ((before is not null && oid.StartsWith(before.Oid)) || (after is not null && after.Oid.StartsWith(oid)))
        {
            throw new ArgumentException($"{oid} overlaps another object of this store.", nameof(oid));
        }

        _definitions.Insert(position, definition);
        return definition;
    }

    private Definition? FindDefinition(Oid instance)
    {
        var lo = 0;
        var hi = _definitions.Count - 1;
        Definition? candidate = null;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_definitions[mid].Oid <= instance)
            {
                candidate = _definitions[mid];
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return candidate is not null && instance.Length > candidate.Oid.Length && instance.StartsWith(candidate.Oid) ? candidate : null;
    }

    private void Put(Oid instance, Definition definition, SnmpValue value)
    {
        if (_instances.TryAdd(instance, new Instance(definition, value)))
        {
            var position = _order.BinarySearch(instance);
            _order.Insert(~position, instance);
        }
        else
        {
            _instances[instance] = new Instance(definition, value);
        }
    }

    private sealed record Definition(Oid Oid, bool IsColumn, MibObjectOptions Options, SnmpTag Type);

    private sealed record Instance(Definition Definition, SnmpValue Value);

    private sealed class DefinitionComparer : IComparer<Definition>
    {
        public static DefinitionComparer Instance { get; } = new();

        public int Compare(Definition? x, Definition? y) => x!.Oid.CompareTo(y!.Oid);
    }
}
