using Provisioner.Snmp.Types;

namespace Provisioner.Snmp.Agent;

/// <summary>
/// The data an <see cref="SnmpAgent"/> serves. Reads are single calls; a Set is two-phase (RFC 3416
/// §4.2.5): <see cref="Validate"/> checks every binding before <see cref="Commit"/> applies them all,
/// undoing what it applied when one fails. Implementations must be thread-safe.
/// </summary>
public interface IMibStore
{
    /// <summary>Returns the value of an instance, or <see cref="NoSuchObject"/>/<see cref="NoSuchInstance"/>.</summary>
    /// <param name="oid">The instance OID.</param>
    /// <returns>The value or an exception value.</returns>
    SnmpValue Get(Oid oid);

    /// <summary>Returns the first readable instance after <paramref name="oid"/>, or a binding whose value is <see cref="EndOfMibView"/>.</summary>
    /// <param name="oid">Any OID.</param>
    /// <returns>The successor binding.</returns>
    VarBind GetNext(Oid oid);

    /// <summary>Checks every binding of a Set without changing anything.</summary>
    /// <param name="varBinds">The bindings of the SetRequest.</param>
    /// <returns><see cref="SetResult.Success"/>, or the error status and one-based index of the first bad binding.</returns>
    SetResult Validate(IReadOnlyList<VarBind> varBinds);

    /// <summary>Applies validated bindings, all or none.</summary>
    /// <param name="varBinds">The bindings of the SetRequest.</param>
    /// <returns><see cref="SetResult.Success"/>, commitFailed with the failing index, or undoFailed with index 0.</returns>
    SetResult Commit(IReadOnlyList<VarBind> varBinds);
}
