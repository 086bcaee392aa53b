using Provisioner.Abstractions;

namespace Provisioner.Inventory.Policy.Rules;

/// <summary>PV002: every recipient is a distribution group defined in the inventory, never an individual mailbox.</summary>
public sealed class RecipientsAreDefinedGroups : IGuidelineRule
{
    /// <inheritdoc/>
    public RuleDescriptor Descriptor { get; } = new("PV002", "recipients-are-groups", DiagnosticSeverity.Error, "Every recipient is a distribution group defined in the inventory");

    /// <inheritdoc/>
    public IEnumerable<Diagnostic> Evaluate(InventoryModel inventory)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        var mailboxes = inventory.Groups.SelectMany(g => g.Members.Concat(g.External)).Append(inventory.SharedMailbox).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var device in inventory.Devices)
        {
            foreach (var recipient in device.Desired.Recipients)
            {
                if (inventory.FindGroupByAddress(recipient.Address) is not null)
                {
                    continue;
                }

                var local = GroupNaming.LocalPart(recipient.Address);
                var why = mailboxes.Contains(recipient.Address)
                    ? $"'{recipient.Address}' is an individual mailbox. Send to a group that contains it instead, so that alerts survive absences and staff changes."
                    : $"Define the group under 'groups:' (e.g. '{local}: {{ members: [{inventory.SharedMailbox}] }}'), or send to a group that exists.";
                yield return Descriptor.Finding(
                    $"Recipient '{recipient.Address}' is not a distribution group defined in the inventory",
                    why,
                    device.Provenance.Recipients.Source,
                    device.Name);
            }
        }
    }
}
