using Provisioner.Abstractions;

namespace Provisioner.Inventory.Policy.Rules;

/// <summary>PV017: a device's address lies inside its site's ranges, when the site lists ranges.</summary>
public sealed class DeviceInSiteRanges : IGuidelineRule
{
    /// <inheritdoc/>
    public RuleDescriptor Descriptor { get; } = new("PV017", "device-in-site-ranges", DiagnosticSeverity.Warning, "Every device address lies inside its site's ranges");

    /// <inheritdoc/>
    public IEnumerable<Diagnostic> Evaluate(InventoryModel inventory)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        foreach (var site in inventory.Sites.Where(s => s.Ranges.Count > 0))
        {
            foreach (var device in site.Devices)
            {
                if (IpLiteral.TryParse(device.Address, out var address, out _) && !site.Ranges.Any(r => r.Contains(address)))
                {
                    yield return Descriptor.Finding(
                        $"Address {device.Address} is outside site '{site.Id}' ranges ({string.Join(", ", site.Ranges)})",
                        "The device may sit in the wrong site, or the address has a typo. Move the device to its site, correct the address, or add the range to the site.",
                        device.Sources.Of("address"),
                        device.Name);
                }
            }
        }
    }
}
