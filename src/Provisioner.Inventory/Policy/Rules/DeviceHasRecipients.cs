using Provisioner.Abstractions;

namespace Provisioner.Inventory.Policy.Rules;

/// <summary>PV016: every device notifies at least one group.</summary>
public sealed class DeviceHasRecipients : IGuidelineRule
{
    /// <inheritdoc/>
    public RuleDescriptor Descriptor { get; } = new("PV016", "device-has-recipients", DiagnosticSeverity.Error, "Every device notifies at least one distribution group");

    /// <inheritdoc/>
    public IEnumerable<Diagnostic> Evaluate(InventoryModel inventory)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        foreach (var device in inventory.Devices)
        {
            if (device.Desired.Recipients.Count == 0)
            {
                var category = InventoryNames.Of(device.Category);
                yield return Descriptor.Finding(
                    $"The device notifies nobody ({device.Provenance.Recipients.Description})",
                    $"Add 'categories.{category}: [alerts-{category}]' (and define the group), or list groups in 'overrides.recipients'.",
                    device.Sources.Of("category"),
                    device.Name);
            }
        }
    }
}
