using System.Globalization;

namespace Provisioner.Snmp.Types;

/// <summary>A Gauge32 (also Unsigned32) value: a non-wrapping unsigned 32-bit quantity.</summary>
/// <param name="Value">The gauge value.</param>
public sealed record Gauge32(uint Value) : SnmpValue
{
    /// <inheritdoc/>
    public override SnmpTag Tag => SnmpTag.Gauge32;

    /// <inheritdoc/>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
