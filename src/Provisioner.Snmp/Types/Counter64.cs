using System.Globalization;

namespace Provisioner.Snmp.Types;

/// <summary>A Counter64 value (SNMPv2 only; not representable in SNMPv1).</summary>
/// <param name="Value">The counter value.</param>
public sealed record Counter64(ulong Value) : SnmpValue
{
    /// <inheritdoc/>
    public override SnmpTag Tag => SnmpTag.Counter64;

    /// <inheritdoc/>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
