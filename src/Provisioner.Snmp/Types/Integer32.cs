using System.Globalization;

namespace Provisioner.Snmp.Types;

/// <summary>An INTEGER / Integer32 value, for example an enumeration such as <c>ifAdminStatus</c>.</summary>
/// <param name="Value">The signed 32-bit value.</param>
public sealed record Integer32(int Value) : SnmpValue
{
    /// <inheritdoc/>
    public override SnmpTag Tag => SnmpTag.Integer32;

    /// <inheritdoc/>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
