using System.Net;
using Provisioner.Lab.Devices;
using Provisioner.Lab.Devices.Eaton;

namespace Provisioner.Lab.Hosting;

/// <summary>The driver ids the lab can simulate, and how to build each model. Listed explicitly.</summary>
public static class LabModelCatalog
{
    private static readonly Dictionary<string, Func<string, Func<IPEndPoint, IPEndPoint?>, DeviceFaults, TimeProvider, ISimulatedDevice>> Models =
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["eaton.sc200"] = (name, relays, faults, time) => new Sc200LabModel(name, relays, faults, time),
        };

    /// <summary>The driver ids that have a lab model.</summary>
    public static IReadOnlyCollection<string> DriverIds => Models.Keys;

    /// <summary>Whether <paramref name="driver"/> has a lab model.</summary>
    /// <param name="driver">A driver id.</param>
    /// <returns>True when the lab can simulate it.</returns>
    public static bool Has(string driver) => Models.ContainsKey(driver);

    /// <summary>Builds a model for <paramref name="driver"/>.</summary>
    /// <param name="driver">A driver id with a lab model.</param>
    /// <param name="name">The device name.</param>
    /// <param name="relays">Maps a configured relay to the loopback endpoint standing in for it.</param>
    /// <param name="faults">The device's faults.</param>
    /// <param name="time">The clock.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentException">No model for <paramref name="driver"/>.</exception>
    public static ISimulatedDevice Create(string driver, string name, Func<IPEndPoint, IPEndPoint?> relays, DeviceFaults faults, TimeProvider time) =>
        Models.TryGetValue(driver, out var factory)
            ? factory(name, relays, faults, time)
            : throw new ArgumentException($"The lab has no model for driver '{driver}'; it simulates: {string.Join(", ", Models.Keys)}.", nameof(driver));
}
