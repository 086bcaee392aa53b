using Provisioner.Abstractions;

namespace Provisioner.Inventory.Policy.Rules;

/// <summary>PV010: every device address lies inside the relay's allowed ranges, or the relay refuses its mail.</summary>
public sealed class DeviceInRelayRanges : IGuidelineRule
{
    /// <inheritdoc/>
    public RuleDescriptor Descriptor { get; } = new("PV010", "device-in-relay-ranges", DiagnosticSeverity.Error, "Every device address lies inside the relay's allowed ranges");

    /// <inheritdoc/>
    public IEnumerable<Diagnostic> Evaluate(InventoryModel inventory)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        var ranges = inventory.Relay.AllowedRanges;
        if (ranges.Count == 0 && inventory.Devices.Count > 0)
        {
            yield return Descriptor.Finding(
                "relay.allowed_ranges is empty: the relay accepts no device",
                "List the address ranges the devices send from, e.g. 'allowed_ranges: [10.6.0.0/16, 10.8.0.0/16]'.",
                inventory.Relay.Sources.Self);
            yield break;
        }

        foreach (var device in inventory.Devices)
        {
            if (IpLiteral.TryParse(device.Address, out var address, out _) && !ranges.Any(r => r.Contains(address)))
            {
                yield return Descriptor.Finding(
                    $"Address {device.Address} is outside the relay's allowed ranges",
                    $"The relay only accepts mail from {string.Join(", ", ranges)}. Add a range that holds {device.Address} to 'relay.allowed_ranges' (the mail side renders it), or correct the address.",
                    device.Sources.Of("address"),
                    device.Name);
            }
        }
    }
}
