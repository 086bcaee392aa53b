using Provisioner.Abstractions;

namespace Provisioner.Inventory.Policy.Rules;

/// <summary>PV015: every defined group receives alerts from at least one device.</summary>
public sealed class GroupIsUsed : IGuidelineRule
{
    /// <inheritdoc/>
    public RuleDescriptor Descriptor { get; } = new("PV015", "group-used", DiagnosticSeverity.Warning, "Every group receives alerts from at least one device");

    /// <inheritdoc/>
    public IEnumerable<Diagnostic> Evaluate(InventoryModel inventory)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        var used = inventory.Devices.SelectMany(d => d.Desired.Recipients).Select(r => r.Address).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var group in inventory.Groups)
        {
            if (!used.Contains(group.Address))
            {
                yield return Descriptor.Finding(
                    $"Group '{group.Name}' receives alerts from no device",
                    "Name the group in a category (sites with separate staff use their site-qualified groups), or remove it.",
                    group.Sources.Self);
            }
        }
    }
}
