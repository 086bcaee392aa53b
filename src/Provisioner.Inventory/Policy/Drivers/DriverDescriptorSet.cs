using Provisioner.Abstractions;
using Provisioner.Inventory.Loading;

namespace Provisioner.Inventory.Policy.Drivers;

/// <summary>
/// The driver descriptors lint checks devices against: the built-in drivers by id, and the
/// descriptors read from the mapping files of <c>driver: snmp-mapped</c> devices by full file path.
/// The inventory never references drivers; the CLI (the composition root) passes these in.
/// </summary>
public sealed class DriverDescriptorSet
{
    private readonly Dictionary<string, DriverDescriptor> byId = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, DriverDescriptor> byMappingFile;

    /// <summary>Creates the set.</summary>
    /// <param name="builtIn">The descriptors of the drivers compiled into the build.</param>
    /// <param name="byMappingFile">The descriptor of each mapping file that loaded without errors, by full path; null for none.</param>
    public DriverDescriptorSet(IReadOnlyList<DriverDescriptor> builtIn, IReadOnlyDictionary<string, DriverDescriptor>? byMappingFile = null)
    {
        ArgumentNullException.ThrowIfNull(builtIn);
        foreach (var descriptor in builtIn)
        {
            byId[descriptor.Id] = descriptor;
        }

        this.byMappingFile = byMappingFile ?? new Dictionary<string, DriverDescriptor>(StringComparer.Ordinal);
    }

    /// <summary>Every driver id an inventory may name, sorted: the built-in ids and <c>snmp-mapped</c>.</summary>
    public IReadOnlyList<string> KnownIds => [.. byId.Keys.Append(DeviceReader.MappedDriver).Order(StringComparer.Ordinal)];

    /// <summary>True when <paramref name="device"/> is described by a mapping file (<c>driver: snmp-mapped</c>).</summary>
    /// <param name="device">The device.</param>
    /// <returns>Whether its descriptor comes from its mapping file.</returns>
    public static bool IsMapped(Device device)
    {
        ArgumentNullException.ThrowIfNull(device);
        return string.Equals(device.DriverId, DeviceReader.MappedDriver, StringComparison.Ordinal);
    }

    /// <summary>The descriptor of <paramref name="device"/>'s driver.</summary>
    /// <param name="device">The device.</param>
    /// <returns>The descriptor; null when the driver is unknown or the device's mapping file did not load.</returns>
    public DriverDescriptor? Find(Device device)
    {
        ArgumentNullException.ThrowIfNull(device);
        if (IsMapped(device))
        {
            return device.MappingFile is { } file ? byMappingFile.GetValueOrDefault(file) : null;
        }

        return byId.GetValueOrDefault(device.DriverId);
    }

    /// <summary>The known driver id nearest to <paramref name="id"/> when it looks like a typo; otherwise null.</summary>
    /// <param name="id">The unknown id.</param>
    /// <returns>The suggestion or null.</returns>
    public string? Suggest(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (EditDistance.Suggest(id, KnownIds) is { } near)
        {
            return near;
        }

        // Right family, wrong vendor prefix: 'sentry.sentry4' for 'servertech.sentry4'.
        var family = id[(id.LastIndexOf('.') + 1)..];
        return KnownIds.FirstOrDefault(k => k.Contains('.', StringComparison.Ordinal) && string.Equals(k[(k.LastIndexOf('.') + 1)..], family, StringComparison.OrdinalIgnoreCase));
    }
}
