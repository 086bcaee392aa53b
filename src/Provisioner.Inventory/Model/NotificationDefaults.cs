using Provisioner.Abstractions;

namespace Provisioner.Inventory;

/// <summary>Defaults for every device (organisation <c>defaults</c>) or for a site's devices (site <c>defaults</c>); unset values inherit.</summary>
/// <param name="Enabled">Whether devices send alert e-mail; null to inherit.</param>
/// <param name="MinimumSeverity">The least severe alert e-mailed; null to inherit.</param>
/// <param name="Sources">Where it and each key were written.</param>
public sealed record NotificationDefaults(bool? Enabled, AlertSeverity? MinimumSeverity, SourceMap Sources)
{
    /// <summary>The most devices of one site a run works on at once (<c>parallel</c>): every site's from the organisation, one site's from its own; null to inherit.</summary>
    public int? Parallel { get; init; }
}
