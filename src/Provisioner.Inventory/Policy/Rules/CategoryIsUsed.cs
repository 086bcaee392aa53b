using Provisioner.Abstractions;

namespace Provisioner.Inventory.Policy.Rules;

/// <summary>PV014: every category listed under <c>categories</c> is used by at least one device.</summary>
public sealed class CategoryIsUsed : IGuidelineRule
{
    /// <inheritdoc/>
    public RuleDescriptor Descriptor { get; } = new("PV014", "category-used", DiagnosticSeverity.Warning, "Every category is used by a device");

    /// <inheritdoc/>
    public IEnumerable<Diagnostic> Evaluate(InventoryModel inventory)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        var used = inventory.Devices.Select(d => d.Category).ToHashSet();
        foreach (var route in inventory.Categories)
        {
            if (!used.Contains(route.Category))
            {
                var name = InventoryNames.Of(route.Category);
                yield return Descriptor.Finding(
                    $"Category '{name}' is used by no device",
                    $"Remove 'categories.{name}', or give the devices it is meant for 'category: {name}'.",
                    route.Sources.Self);
            }
        }
    }
}
