using System.Globalization;

namespace Provisioner.Snmp.Types;

/// <summary>A TimeTicks value: hundredths of a second, for example <c>sysUpTime</c>.</summary>
/// <param name="Value">The number of hundredths of a second.</param>
public sealed record TimeTicks(uint Value) : SnmpValue
{
    /// <inheritdoc/>
    public override SnmpTag Tag => SnmpTag.TimeTicks;

    /// <summary>The value as a time span.</summary>
    public TimeSpan ToTimeSpan() => TimeSpan.FromMilliseconds(Value * 10.0);

    /// <inheritdoc/>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
