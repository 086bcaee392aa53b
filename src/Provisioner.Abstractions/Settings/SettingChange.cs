namespace Provisioner.Abstractions;

/// <summary>
/// One setting the engine asks a driver to write: the canonical key and the value to hold afterwards.
/// Drivers translate it to their wire form; they write nothing the engine did not ask for.
/// </summary>
/// <param name="Key">The setting to change.</param>
/// <param name="Value">The desired canonical value; a <see cref="SecretValue"/> for sensitive settings.</param>
public sealed record SettingChange(SettingKey Key, SettingValue Value)
{
    /// <summary>What the engine read before the write (e.g. to clear recipient slots no longer used); null when not read.</summary>
    public Observed? Previous { get; init; }
}
