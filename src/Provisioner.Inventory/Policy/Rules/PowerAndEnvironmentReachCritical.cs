using Provisioner.Abstractions;

namespace Provisioner.Inventory.Policy.Rules;

/// <summary>PV007: power and environment devices send to the critical group (plain or site-qualified).</summary>
public sealed class PowerAndEnvironmentReachCritical : IGuidelineRule
{
    /// <inheritdoc/>
    public RuleDescriptor Descriptor { get; } = new("PV007", "critical-alerts-reach-critical-group", DiagnosticSeverity.Error, "Power and environment devices notify the critical group");

    /// <inheritdoc/>
    public IEnumerable<Diagnostic> Evaluate(InventoryModel inventory)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        foreach (var device in inventory.Devices)
        {
            if (device.Category is not (DeviceCategory.Power or DeviceCategory.Environment))
            {
                continue;
            }

            var critical = GroupNaming.SiteQualified(GroupNaming.CriticalGroup, device.SiteId);
            if (!device.Desired.Recipients.Any(r => GroupNaming.IsCriticalGroup(GroupNaming.LocalPart(r.Address), [device.SiteId])))
            {
                var category = InventoryNames.Of(device.Category);
                yield return Descriptor.Finding(
                    $"{category} device does not notify {GroupNaming.CriticalGroup}",
                    $"Power and environment alerts must reach internal and external recipients. Add '{GroupNaming.CriticalGroup}' to 'categories.{category}' (sites with separate staff then send to '{critical}'), or to this device's 'overrides.recipients'.",
                    device.Provenance.Recipients.Source,
                    device.Name);
            }
        }
    }
}
