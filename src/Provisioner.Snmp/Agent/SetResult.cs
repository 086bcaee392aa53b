using Provisioner.Snmp.Pdus;

namespace Provisioner.Snmp.Agent;

/// <summary>The outcome of a Set phase: an error status and the one-based index of the binding it concerns.</summary>
/// <param name="Status">The error status; <see cref="SnmpErrorStatus.NoError"/> on success.</param>
/// <param name="Index">The one-based binding index, or 0.</param>
public readonly record struct SetResult(SnmpErrorStatus Status, int Index)
{
    /// <summary>Success.</summary>
    public static SetResult Success => default;

    /// <summary>Whether the phase succeeded.</summary>
    public bool IsSuccess => Status == SnmpErrorStatus.NoError;
}
