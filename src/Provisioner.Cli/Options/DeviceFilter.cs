using Provisioner.Inventory;

namespace Provisioner.Cli.Options;

/// <summary>Which devices a command works on: by site id, device-name glob and kind; empty criteria select everything.</summary>
/// <param name="Sites">Site ids; empty for all.</param>
/// <param name="Devices">Device-name patterns; empty for all.</param>
/// <param name="Kinds">Kinds; empty for all.</param>
internal sealed record DeviceFilter(IReadOnlyList<string> Sites, IReadOnlyList<GlobPattern> Devices, IReadOnlyList<DeviceKind> Kinds)
{
    /// <summary>A filter that selects every device.</summary>
    public static DeviceFilter All { get; } = new([], [], []);

    /// <summary>The site ids of the filter that <paramref name="inventory"/> does not define.</summary>
    /// <param name="inventory">The inventory.</param>
    /// <returns>The unknown ids.</returns>
    public IEnumerable<string> UnknownSites(InventoryModel inventory) =>
        Sites.Where(s => !inventory.Sites.Any(site => string.Equals(site.Id, s, StringComparison.OrdinalIgnoreCase)));

    /// <summary>True when <paramref name="device"/> passes every criterion.</summary>
    /// <param name="device">The device.</param>
    /// <returns>Whether it is selected.</returns>
    public bool Matches(Device device)
    {
        ArgumentNullException.ThrowIfNull(device);
        return (Sites.Count == 0 || Sites.Contains(device.SiteId, StringComparer.OrdinalIgnoreCase))
            && (Devices.Count == 0 || Devices.Any(p => p.IsMatch(device.Name)))
            && (Kinds.Count == 0 || Kinds.Contains(device.Kind));
    }

    /// <summary>The selected devices of <paramref name="inventory"/>, in inventory order.</summary>
    /// <param name="inventory">The inventory.</param>
    /// <returns>The devices.</returns>
    public IReadOnlyList<Device> Apply(InventoryModel inventory) => [.. inventory.Devices.Where(Matches)];
}
