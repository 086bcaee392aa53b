namespace Provisioner.Abstractions;

/// <summary>A flag value, e.g. <c>smtp.enabled</c> = <c>true</c>.</summary>
/// <param name="Value">The flag.</param>
public sealed record BooleanValue(bool Value) : SettingValue
{
    /// <summary>Returns <c>true</c> or <c>false</c>.</summary>
    /// <returns>The lower-case flag.</returns>
    public override string ToDisplayString() => Value ? "true" : "false";
}
