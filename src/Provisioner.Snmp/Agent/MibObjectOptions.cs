using Provisioner.Snmp.Pdus;
using Provisioner.Snmp.Types;

namespace Provisioner.Snmp.Agent;

/// <summary>How one object (scalar or column) of a <see cref="MibStore"/> behaves.</summary>
public sealed record MibObjectOptions
{
    /// <summary>The access. Default read-only.</summary>
    public MibAccess Access { get; init; } = MibAccess.ReadOnly;

    /// <summary>The SMI type Set values must have; defaults to the type of the first value stored.</summary>
    public SnmpTag? Type { get; init; }

    /// <summary>Size, range and enumeration constraints.</summary>
    public MibConstraint? Constraint { get; init; }

    /// <summary>
    /// A check run during validation after the type and constraints, for what depends on other state:
    /// return inconsistentValue, inconsistentName, resourceUnavailable (or any status) to refuse.
    /// Arguments: the instance OID, the new value, and all bindings of the request.
    /// </summary>
    public Func<Oid, SnmpValue, IReadOnlyList<VarBind>, SnmpErrorStatus>? Validator { get; init; }

    /// <summary>
    /// Called when a value is committed, and again with the previous value when the Set is undone.
    /// Return false to fail: commitFailed during commit, undoFailed during undo.
    /// </summary>
    public Func<Oid, SnmpValue, bool>? OnCommit { get; init; }

    /// <summary>For <see cref="MibAccess.WriteOnly"/> objects: the value Get shows instead of noSuchObject (for example an empty string).</summary>
    public SnmpValue? WriteOnlyReadValue { get; init; }
}
