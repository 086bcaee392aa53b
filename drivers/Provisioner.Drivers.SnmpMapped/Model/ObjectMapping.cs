using Provisioner.Abstractions;
using Provisioner.Snmp.Types;

namespace Provisioner.Drivers.SnmpMapped.Model;

/// <summary>How one canonical scalar setting sits on the device: one object instance, its syntax and its limits.</summary>
public sealed record ObjectMapping
{
    /// <summary>The object instance, e.g. <c>1.3.6.1.4.1.1918.2.13.10.30.65.20.0</c>.</summary>
    public required Oid Oid { get; init; }

    /// <summary>The syntax written.</summary>
    public required WireType Type { get; init; }

    /// <summary>Canonical word ↔ wire integer, for enumerated settings; null otherwise.</summary>
    public Enumeration? Values { get; init; }

    /// <summary>The longest text the device stores, for strings; null for no limit.</summary>
    public int? MaxLength { get; init; }

    /// <summary>The least number accepted; null for no limit.</summary>
    public long? Minimum { get; init; }

    /// <summary>The greatest number accepted; null for no limit.</summary>
    public long? Maximum { get; init; }

    /// <summary>True when the device never shows the value (a GET fails or returns a mask).</summary>
    public bool WriteOnly { get; init; }

    /// <summary>Where the mapping was written, for messages.</summary>
    public SourceLocation? Source { get; init; }
}
