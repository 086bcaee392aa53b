namespace Provisioner.Abstractions;

/// <summary>An <see cref="AlertSeverity"/> value for <c>alerts.minimum_severity</c>.</summary>
/// <param name="Value">The level.</param>
public sealed record SeverityValue(AlertSeverity Value) : SettingValue
{
    /// <summary>Returns the lower-case level name, e.g. <c>warning</c>.</summary>
    /// <returns>The canonical name.</returns>
    public override string ToDisplayString() => Value.ToString().ToLowerInvariant();
}
