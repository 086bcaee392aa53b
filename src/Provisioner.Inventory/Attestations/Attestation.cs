using Provisioner.Abstractions;

namespace Provisioner.Inventory.Attestations;

/// <summary>One entry of the attestations file: a person set <see cref="Setting"/> on <see cref="Device"/> by hand to <see cref="Value"/>.</summary>
/// <param name="Device">The inventory name of the device.</param>
/// <param name="Setting">The setting set by hand.</param>
/// <param name="Value">The value set, as plan and reports show the inventory's value.</param>
/// <param name="By">Who did it.</param>
/// <param name="At">When it was recorded.</param>
/// <param name="Source">Where the entry is in the file; null for an entry not read from a file.</param>
public sealed record Attestation(string Device, SettingKey Setting, string Value, string By, DateTimeOffset At, SourceLocation? Source = null);
