using System.Globalization;

namespace Provisioner.Abstractions;

/// <summary>A whole-number value, e.g. <c>smtp.port</c> = <c>25</c>.</summary>
/// <param name="Value">The number.</param>
public sealed record IntegerValue(long Value) : SettingValue
{
    /// <summary>Returns the number in invariant culture.</summary>
    /// <returns>The digits.</returns>
    public override string ToDisplayString() => Value.ToString(CultureInfo.InvariantCulture);
}
