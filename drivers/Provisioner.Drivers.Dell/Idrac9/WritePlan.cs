using Provisioner.Abstractions;

namespace Provisioner.Drivers.Dell.Idrac9;

/// <summary>What one change needs written, or why it cannot be.</summary>
/// <param name="Key">The setting.</param>
/// <param name="Status">The final status decided before sending (rejected, not supported), or null when it goes into the PATCH.</param>
/// <param name="Attributes">The attributes that differ and must be sent (name → string, long or <see cref="Secret"/>); empty when the device already holds the value.</param>
/// <param name="Diagnostic">Why it was decided before sending, or null.</param>
internal sealed record WritePlan(SettingKey Key, WriteStatus? Status, IReadOnlyList<KeyValuePair<string, object>> Attributes, Diagnostic? Diagnostic);
