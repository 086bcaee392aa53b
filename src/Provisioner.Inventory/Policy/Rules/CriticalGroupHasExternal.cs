using Provisioner.Abstractions;

namespace Provisioner.Inventory.Policy.Rules;

/// <summary>PV008: every critical group has at least one external recipient (SMS or pager gateway).</summary>
public sealed class CriticalGroupHasExternal : IGuidelineRule
{
    /// <inheritdoc/>
    public RuleDescriptor Descriptor { get; } = new("PV008", "critical-group-has-external", DiagnosticSeverity.Error, "The critical group has at least one external recipient");

    /// <inheritdoc/>
    public IEnumerable<Diagnostic> Evaluate(InventoryModel inventory)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        var siteIds = inventory.Sites.Select(s => s.Id).ToList();
        foreach (var group in inventory.Groups)
        {
            if (GroupNaming.IsCriticalGroup(group.Name, siteIds) && group.External.Count == 0)
            {
                yield return Descriptor.Finding(
                    $"Critical group '{group.Name}' has no external recipient",
                    "Critical alerts go to internal and external recipients. Add an SMS or pager gateway address, e.g. 'external: [2695555555@vtext.com]'.",
                    group.Sources.Self);
            }
        }
    }
}
