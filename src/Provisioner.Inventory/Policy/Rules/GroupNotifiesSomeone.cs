using Provisioner.Abstractions;

namespace Provisioner.Inventory.Policy.Rules;

/// <summary>PV013: a group notifies someone besides the shared mailbox.</summary>
public sealed class GroupNotifiesSomeone : IGuidelineRule
{
    /// <inheritdoc/>
    public RuleDescriptor Descriptor { get; } = new("PV013", "group-notifies-someone", DiagnosticSeverity.Warning, "Every group notifies at least one person besides the shared mailbox");

    /// <inheritdoc/>
    public IEnumerable<Diagnostic> Evaluate(InventoryModel inventory)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        foreach (var group in inventory.Groups)
        {
            var people = group.Members.Count(m => !string.Equals(m, inventory.SharedMailbox, StringComparison.OrdinalIgnoreCase)) + group.External.Count;
            if (people == 0)
            {
                yield return Descriptor.Finding(
                    $"Group '{group.Name}' notifies nobody but the shared mailbox",
                    "Alerts sent to it reach no one who can act. Add the people responsible for this alert type to 'members' (or 'external').",
                    group.Sources.Self);
            }
        }
    }
}
