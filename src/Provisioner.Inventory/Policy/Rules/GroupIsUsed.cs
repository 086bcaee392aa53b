using Provisioner.Abstractions;

namespace Provisioner.Inventory.Policy.Rules;

/// <summary>PV015: every defined group except the base groups of PV018 receives alerts from at least one device.</summary>
public sealed class GroupIsUsed : IGuidelineRule
{
    /// <inheritdoc/>
    public RuleDescriptor Descriptor { get; } = new("PV015", "group-used", DiagnosticSeverity.Warning, "Every group receives alerts from at least one device");

    /// <inheritdoc/>
    public IEnumerable<Diagnostic> Evaluate(InventoryModel inventory)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        var used = inventory.Devices.SelectMany(d => d.Desired.Recipients).Select(r => r.Address).ToHashSet(StringComparer.OrdinalIgnoreCase);

        // The base groups PV018 asks for (alerts@, and alerts-<site>@ for a site with its own staff) are
        // the guideline's starting point, holding the shared mailbox and the infrastructure team whether
        // or not a category sends to them; warning about them would make PV015 and PV018 contradict.
        var baseGroups = inventory.Sites.Where(s => s.SeparateStaff).Select(s => GroupNaming.SiteQualified(GroupNaming.BaseGroup, s.Id))
            .Append(GroupNaming.BaseGroup).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var group in inventory.Groups)
        {
            if (!used.Contains(group.Address) && !baseGroups.Contains(group.Name))
            {
                yield return Descriptor.Finding(
                    $"Group '{group.Name}' receives alerts from no device",
                    "Name the group in a category (sites with separate staff use their site-qualified groups), or remove it.",
                    group.Sources.Self);
            }
        }
    }
}
