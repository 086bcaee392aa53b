using Provisioner.Inventory.Skeleton;

namespace Provisioner.Discovery;

/// <summary>Turns discovered devices into inventory skeleton entries: kind and category from the suggested driver's <see cref="Abstractions.DriverDescriptor.Hints"/>.</summary>
public static class SkeletonDevices
{
    /// <summary>The skeleton entries of <paramref name="devices"/>, in the same order.</summary>
    /// <param name="devices">The devices that answered.</param>
    /// <returns>One entry per device; kind and category are null (to fill in) when the driver gives no hints or none was suggested.</returns>
    public static IReadOnlyList<SkeletonDevice> From(IEnumerable<DiscoveredDevice> devices)
    {
        ArgumentNullException.ThrowIfNull(devices);
        return [.. devices.Select(d => new SkeletonDevice(d.Address.ToString())
        {
            SuggestedName = d.System.SysName,
            DriverId = d.DriverId,
            Kind = d.Driver?.Hints?.Kind,
            Category = d.Driver?.Hints?.Category,
            Evidence = $"sysObjectID {d.System.SysObjectId ?? "(none)"}, sysDescr \"{(d.System.SysDescr ?? "(none)").Replace('"', '\'')}\"",
            Note = d.Note,
        })];
    }
}
