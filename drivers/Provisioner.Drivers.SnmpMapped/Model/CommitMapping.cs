using Provisioner.Snmp.Types;

namespace Provisioner.Drivers.SnmpMapped.Model;

/// <summary>An object the device needs set after changes before it uses them (e.g. "apply" or "save" flags).</summary>
public sealed record CommitMapping
{
    /// <summary>The object instance.</summary>
    public required Oid Oid { get; init; }

    /// <summary>The syntax written.</summary>
    public required WireType Type { get; init; }

    /// <summary>The value written, as text in the syntax of <see cref="Type"/>, e.g. <c>1</c>.</summary>
    public required string Value { get; init; }
}
