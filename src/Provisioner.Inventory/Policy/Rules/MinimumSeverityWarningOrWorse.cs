using Provisioner.Abstractions;

namespace Provisioner.Inventory.Policy.Rules;

/// <summary>PV006: devices e-mail warnings and worse only; informational events are not e-mailed.</summary>
public sealed class MinimumSeverityWarningOrWorse : IGuidelineRule
{
    /// <inheritdoc/>
    public RuleDescriptor Descriptor { get; } = new("PV006", "minimum-severity-warning", DiagnosticSeverity.Error, "The minimum severity is warning or worse");

    /// <inheritdoc/>
    public IEnumerable<Diagnostic> Evaluate(InventoryModel inventory)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        foreach (var device in inventory.Devices)
        {
            if (device.Desired.MinimumSeverity < AlertSeverity.Warning)
            {
                var from = device.Provenance.MinimumSeverity;
                yield return Descriptor.Finding(
                    $"Minimum severity is {InventoryNames.Of(device.Desired.MinimumSeverity)} (from {from.Description})",
                    "Informational alerts flood the groups until people ignore them. Set 'minimum_severity: warning' (or worse) where this value comes from.",
                    from.Source,
                    device.Name);
            }
        }
    }
}
