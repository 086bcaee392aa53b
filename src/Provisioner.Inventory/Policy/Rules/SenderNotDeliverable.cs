using Provisioner.Abstractions;

namespace Provisioner.Inventory.Policy.Rules;

/// <summary>PV005: the sender is not a deliverable address (not a group, member, external recipient or the shared mailbox).</summary>
public sealed class SenderNotDeliverable : IGuidelineRule
{
    /// <inheritdoc/>
    public RuleDescriptor Descriptor { get; } = new("PV005", "sender-not-deliverable", DiagnosticSeverity.Error, "The sender is not a valid destination address (mail loop risk)");

    /// <inheritdoc/>
    public IEnumerable<Diagnostic> Evaluate(InventoryModel inventory)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        var deliverable = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in inventory.Groups)
        {
            deliverable.TryAdd(group.Address, $"the address of group '{group.Name}'");
            foreach (var member in group.Members)
            {
                deliverable.TryAdd(member, $"a member of group '{group.Name}'");
            }

            foreach (var external in group.External)
            {
                deliverable.TryAdd(external, $"an external recipient of group '{group.Name}'");
            }
        }

        deliverable[inventory.SharedMailbox] = "the shared mailbox";
        foreach (var device in inventory.Devices)
        {
            if (deliverable.TryGetValue(device.Desired.FromAddress, out var what))
            {
                yield return Descriptor.Finding(
                    $"Sender '{device.Desired.FromAddress}' is {what}",
                    $"A sender that receives mail can create a mail loop. Use an address nobody receives at, named after the device: '{device.Name.ToLowerInvariant()}@{inventory.Organisation.Domain}' (remove 'overrides.from').",
                    device.Provenance.FromAddress.Source,
                    device.Name);
            }
        }
    }
}
