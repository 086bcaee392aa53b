using System.Globalization;
using Provisioner.Abstractions;

namespace Provisioner.Core;

/// <summary>
/// A person's record that a manual step is done on one device: the setting was set by hand to
/// <see cref="Value"/>. While the inventory still wants that value the engine keeps the step quiet;
/// when the inventory's value changes the step comes back as a redo.
/// </summary>
/// <param name="Key">The setting set by hand.</param>
/// <param name="Value">The value attested, as <see cref="ValueOf"/> shows the inventory's value.</param>
/// <param name="By">Who attested it.</param>
/// <param name="At">When it was attested.</param>
public sealed record ManualStepAttestation(SettingKey Key, string Value, string By, DateTimeOffset At)
{
    /// <summary>How the <see cref="ManualStep.What"/> of a step to redo begins.</summary>
    public const string RedoPrefix = "Redo: ";

    /// <summary>The inventory's value of a non-secret setting as attestations record it, e.g. <c>ups-ny-01@contoso.com</c>.</summary>
    /// <param name="settings">The device's desired settings.</param>
    /// <param name="key">The setting.</param>
    /// <returns>The display text of the value; null for a secret (never attested).</returns>
    public static string? ValueOf(NotificationSettings settings, SettingKey key)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(key);
        if (key.Type == SettingType.Secret)
        {
            return null;
        }

        var values = SettingMap.ToValues(settings with { AuthPassword = null }, NoSecretResolver.Instance);
        return values.TryGetValue(key, out var value) ? value.ToDisplayString() : null;
    }

    /// <summary>Who and when, for messages: <c>jane on 2026-12-07</c>.</summary>
    /// <returns>The text.</returns>
    public string Describe() => $"{By} on {At.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
}
