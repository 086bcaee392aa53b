using Provisioner.Snmp.Pdus;
using Provisioner.Snmp.Types;

namespace Provisioner.Transport.Snmp;

/// <summary>What an agent answered to a SetRequest: noError, or the error status and the OID it names.</summary>
/// <param name="Status">The error status; <see cref="SnmpErrorStatus.NoError"/> when every binding was stored.</param>
/// <param name="FailedOid">The OID at the error index, or null when the agent gave index 0.</param>
/// <param name="ErrorIndex">The agent's error index (1-based binding number; 0 when it names none).</param>
public sealed record SnmpSetOutcome(SnmpErrorStatus Status, Oid? FailedOid, int ErrorIndex = 0)
{
    /// <summary>Every binding was stored.</summary>
    public static SnmpSetOutcome Success { get; } = new(SnmpErrorStatus.NoError, null);

    /// <summary>True when the agent stored every binding.</summary>
    public bool IsSuccess => Status == SnmpErrorStatus.NoError;

    /// <summary>The status as the MIB names it, e.g. <c>wrongValue</c>.</summary>
    public string StatusName => char.ToLowerInvariant(Status.ToString()[0]) + Status.ToString()[1..];
}
