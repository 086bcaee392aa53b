using Provisioner.Abstractions;

namespace Provisioner.Core.Reports;

/// <summary>Whether a difference a device had before the run is gone after it.</summary>
internal static class FindingStatus
{
    /// <summary>True when apply wrote <paramref name="key"/> on <paramref name="device"/> and the device ended without failure (read back and verified).</summary>
    public static bool IsFixed(DeviceResult device, SettingKey key) =>
        device.Mode == RunMode.Apply && !device.Failed && device.Changes.Any(c => c.Key == key);
}
