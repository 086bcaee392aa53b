using System.Globalization;

namespace Provisioner.Snmp.Types;

/// <summary>A Counter32 value: a wrapping 32-bit counter.</summary>
/// <param name="Value">The counter value.</param>
public sealed record Counter32(uint Value) : SnmpValue
{
    /// <inheritdoc/>
    public override SnmpTag Tag => SnmpTag.Counter32;

    /// <inheritdoc/>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
