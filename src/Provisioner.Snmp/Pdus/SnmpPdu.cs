using Provisioner.Snmp.Types;

namespace Provisioner.Snmp.Pdus;

/// <summary>
/// A protocol data unit of any kind. For GetBulk the error-status and error-index fields carry
/// non-repeaters and max-repetitions (see <see cref="NonRepeaters"/> and <see cref="MaxRepetitions"/>);
/// for an SNMPv1 trap <see cref="TrapV1"/> holds the trap header.
/// </summary>
/// <param name="Type">The PDU kind.</param>
/// <param name="RequestId">The request-id that pairs a response with its request.</param>
/// <param name="ErrorStatus">The error-status (non-repeaters for GetBulk).</param>
/// <param name="ErrorIndex">The one-based error-index (max-repetitions for GetBulk).</param>
/// <param name="VarBinds">The variable bindings.</param>
public sealed record SnmpPdu(PduType Type, int RequestId, SnmpErrorStatus ErrorStatus, int ErrorIndex, IReadOnlyList<VarBind> VarBinds)
{
    /// <summary>The trap header when <see cref="Type"/> is <see cref="PduType.TrapV1"/>.</summary>
    public TrapV1Fields? TrapV1 { get; init; }

    /// <summary>GetBulk non-repeaters (the error-status field on the wire).</summary>
    public int NonRepeaters => (int)ErrorStatus;

    /// <summary>GetBulk max-repetitions (the error-index field on the wire).</summary>
    public int MaxRepetitions => ErrorIndex;

    /// <summary>Creates a GetBulkRequest-PDU.</summary>
    /// <param name="requestId">The request-id.</param>
    /// <param name="nonRepeaters">How many leading bindings get a single successor.</param>
    /// <param name="maxRepetitions">How many successors the remaining bindings get.</param>
    /// <param name="varBinds">The bindings.</param>
    /// <returns>The PDU.</returns>
    public static SnmpPdu GetBulk(int requestId, int nonRepeaters, int maxRepetitions, IReadOnlyList<VarBind> varBinds) =>
        new(PduType.GetBulkRequest, requestId, (SnmpErrorStatus)nonRepeaters, maxRepetitions, varBinds);

    /// <inheritdoc/>
    public bool Equals(SnmpPdu? other) =>
        other is not null
        && Type == other.Type
        && RequestId == other.RequestId
        && ErrorStatus == other.ErrorStatus
        && ErrorIndex == other.ErrorIndex
        && Equals(TrapV1, other.TrapV1)
        && VarBinds.SequenceEqual(other.VarBinds);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Type, RequestId, ErrorStatus, ErrorIndex, VarBinds.Count);
}
