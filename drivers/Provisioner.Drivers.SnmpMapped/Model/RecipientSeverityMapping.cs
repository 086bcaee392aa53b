using Provisioner.Snmp.Types;

namespace Provisioner.Drivers.SnmpMapped.Model;

/// <summary>The per-recipient severity objects: one per address slot, same order.</summary>
public sealed record RecipientSeverityMapping
{
    /// <summary>The severity object of every slot.</summary>
    public required IReadOnlyList<Oid> Objects { get; init; }

    /// <summary>The syntax of the severity objects (integer or gauge).</summary>
    public required WireType Type { get; init; }

    /// <summary>Canonical severity word ↔ wire integer.</summary>
    public required Enumeration Values { get; init; }

    /// <summary>The wire value written to the severity of an emptied slot (e.g. Eaton <c>none(4)</c>); null to leave it.</summary>
    public long? Unused { get; init; }
}
