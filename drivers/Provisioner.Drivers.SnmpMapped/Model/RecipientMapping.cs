using Provisioner.Abstractions;
using Provisioner.Snmp.Types;

namespace Provisioner.Drivers.SnmpMapped.Model;

/// <summary>
/// Where a device keeps its recipients: one address object per slot (fixed scalars, or the rows of a
/// table column without RowStatus), and optionally a severity object per slot. A single-address device
/// has one slot. Empty slots hold the empty string.
/// </summary>
public sealed record RecipientMapping
{
    /// <summary>The address object of every slot, in device order.</summary>
    public required IReadOnlyList<Oid> Addresses { get; init; }

    /// <summary>The syntax of the address objects (always a string type).</summary>
    public WireType Type { get; init; } = WireType.OctetString;

    /// <summary>The longest address the device stores; null for no limit.</summary>
    public int? MaxLength { get; init; }

    /// <summary>How the slots were written: <c>oid</c>, <c>slots</c> or <c>column</c>, for docs and the matrix.</summary>
    public required RecipientLayout Layout { get; init; }

    /// <summary>The per-slot severity objects, or null when the device has one threshold for all.</summary>
    public RecipientSeverityMapping? Severity { get; init; }

    /// <summary>Where the mapping was written.</summary>
    public SourceLocation? Source { get; init; }
}
