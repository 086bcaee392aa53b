using Provisioner.Abstractions;

namespace Provisioner.Core;

/// <summary>
/// How one setting of one device compares with the inventory. Sensitive values are carried as
/// <see cref="SecretValue"/> and render as <c>[redacted]</c>.
/// </summary>
/// <param name="Key">The setting.</param>
/// <param name="Kind">Match, differs, unverifiable or not supported.</param>
/// <param name="Desired">The normalised desired value.</param>
/// <param name="Actual">What the device reported (normalised when known); null when not read.</param>
public sealed record SettingComparison(SettingKey Key, ComparisonKind Kind, SettingValue Desired, Observed? Actual)
{
    /// <summary>True when the setting is sensitive; reports never show its values.</summary>
    public bool Sensitive { get; init; }

    /// <summary>True when the driver can write the setting over the API.</summary>
    public bool Writable { get; init; } = true;

    /// <summary>True when the driver cannot write the setting and a person sets it by hand (the descriptor has a manual step).</summary>
    public bool ByHand { get; init; }

    /// <summary>
    /// True when the comparison keeps the device from being fully in line: differs, or not supported
    /// while the inventory wants something other than empty or the behaviour of a device without the
    /// setting (enabled, port 25, no TLS).
    /// </summary>
    public bool NeedsAttention => Kind == ComparisonKind.Differs || (Kind == ComparisonKind.NotSupported && !CatalogueDefaults.IsDefault(Key, Desired));
}
