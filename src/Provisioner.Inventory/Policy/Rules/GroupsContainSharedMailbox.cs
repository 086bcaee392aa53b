using Provisioner.Abstractions;

namespace Provisioner.Inventory.Policy.Rules;

/// <summary>PV003: every distribution group contains the shared mailbox.</summary>
public sealed class GroupsContainSharedMailbox : IGuidelineRule
{
    /// <inheritdoc/>
    public RuleDescriptor Descriptor { get; } = new("PV003", "group-has-shared-mailbox", DiagnosticSeverity.Error, "Every distribution group contains the shared mailbox");

    /// <inheritdoc/>
    public IEnumerable<Diagnostic> Evaluate(InventoryModel inventory)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        foreach (var group in inventory.Groups)
        {
            if (!group.Members.Contains(inventory.SharedMailbox, StringComparer.OrdinalIgnoreCase))
            {
                yield return Descriptor.Finding(
                    $"Group '{group.Name}' does not contain the shared mailbox {inventory.SharedMailbox}",
                    $"Add {inventory.SharedMailbox} to the group's members, so that every alert is kept for central, historical reference.",
                    group.Sources.Has("members") ? group.Sources.Of("members") : group.Sources.Self);
            }
        }
    }
}
