using Provisioner.Snmp.Pdus;
using Provisioner.Snmp.Types;

namespace Provisioner.Snmp.Agent;

/// <summary>The two-phase Set of RFC 3416 §4.2.5.</summary>
public sealed partial class MibStore
{
    /// <inheritdoc/>
    public SetResult Validate(IReadOnlyList<VarBind> varBinds)
    {
        ArgumentNullException.ThrowIfNull(varBinds);
        lock (_gate)
        {
            for (var i = 0; i < varBinds.Count; i++)
            {
                var status = ValidateOne(varBinds[i], varBinds);
                if (status != SnmpErrorStatus.NoError)
                {
                    return new SetResult(status, i + 1);
                }
            }

            return SetResult.Success;
        }
    }

    /// <inheritdoc/>
    public SetResult Commit(IReadOnlyList<VarBind> varBinds)
    {
        ArgumentNullException.ThrowIfNull(varBinds);
        lock (_gate)
        {
            var applied = new List<(Oid Oid, Instance? Previous)>(varBinds.Count);
            for (var i = 0; i < varBinds.Count; i++)
            {
                var (oid, value) = varBinds[i];
                var definition = FindDefinition(oid)!;
                _instances.TryGetValue(oid, out var previous);
                Put(oid, definition, value);
                applied.Add((oid, previous));
                if (definition.Options.OnCommit is { } commit && !commit(oid, value))
                {
                    return Undo(applied) ? new SetResult(SnmpErrorStatus.CommitFailed, i + 1) : new SetResult(SnmpErrorStatus.UndoFailed, 0);
                }
            }

            return SetResult.Success;
        }
    }

    private bool Undo(List<(Oid Oid, Instance? Previous)> applied)
    {
        var undone = true;
        for (var i = applied.Count - 1; i >= 0; i--)
        {
            var (oid, previous) = applied[i];
            if (previous is null)
            {
                Remove(oid);
                continue;
            }

            _instances[oid] = previous;
            if (i < applied.Count - 1 && previous.Definition.Options.OnCommit is { } commit && !commit(oid, previous.Value))
            {
                undone = false;
            }
        }

        return undone;
    }

    private SnmpErrorStatus ValidateOne(VarBind varBind, IReadOnlyList<VarBind> all)
    {
        var (oid, value) = varBind;
        var definition = FindDefinition(oid);
        if (definition is null)
        {
            // Nothing with this prefix can ever be written (RFC 3416 §4.2.5 step 2); net-snmp answers the same.
            return SnmpErrorStatus.NotWritable;
        }

        var access = definition.Options.Access;
        if (access == MibAccess.NotAccessible)
        {
            return SnmpErrorStatus.NoAccess;
        }

        if (access == MibAccess.ReadOnly)
        {
            return SnmpErrorStatus.NotWritable;
        }

        if (value.Tag != definition.Type)
        {
            return SnmpErrorStatus.WrongType;
        }

        var constraint = definition.Options.Constraint?.Check(value) ?? SnmpErrorStatus.NoError;
        if (constraint != SnmpErrorStatus.NoError)
        {
            return constraint;
        }

        if (!_instances.ContainsKey(oid))
        {
            var creatable = definition.IsColumn && access == MibAccess.ReadCreate;
            if (!creatable || (!definition.IsColumn && oid.Length != definition.Oid.Length + 1))
            {
                return SnmpErrorStatus.NoCreation;
            }
        }

        return definition.Options.Validator?.Invoke(oid, value, all) ?? SnmpErrorStatus.NoError;
    }
}
