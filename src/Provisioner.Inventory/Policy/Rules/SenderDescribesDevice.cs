using Provisioner.Abstractions;

namespace Provisioner.Inventory.Policy.Rules;

/// <summary>PV004: the sender address names the device and uses the organisation's domain.</summary>
public sealed class SenderDescribesDevice : IGuidelineRule
{
    /// <inheritdoc/>
    public RuleDescriptor Descriptor { get; } = new("PV004", "sender-describes-device", DiagnosticSeverity.Warning, "The sender address describes its device: device name @ the organisation's domain");

    /// <inheritdoc/>
    public IEnumerable<Diagnostic> Evaluate(InventoryModel inventory)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        foreach (var device in inventory.Devices)
        {
            var from = device.Desired.FromAddress;
            var local = GroupNaming.LocalPart(from);
            var domain = from[(from.LastIndexOf('@') + 1)..];
            var namesDevice = local.Contains(device.Name, StringComparison.OrdinalIgnoreCase);
            var ownDomain = string.Equals(domain, inventory.Organisation.Domain, StringComparison.OrdinalIgnoreCase);
            if (!namesDevice || !ownDomain)
            {
                var wrong = !namesDevice ? $"does not contain the device name '{device.Name}'" : $"is not in the organisation's domain {inventory.Organisation.Domain}";
                yield return Descriptor.Finding(
                    $"Sender '{from}' {wrong}",
                    $"Use the device name as the sender so that alerts say where they come from and mail rules can sort them: remove 'overrides.from' to derive '{device.Name.ToLowerInvariant()}@{inventory.Organisation.Domain}'.",
                    device.Provenance.FromAddress.Source,
                    device.Name);
            }
        }
    }
}
