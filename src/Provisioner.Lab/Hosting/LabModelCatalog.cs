using System.Net;
using Provisioner.Lab.Devices;
using Provisioner.Lab.Devices.Akcp;
using Provisioner.Lab.Devices.Apc;
using Provisioner.Lab.Devices.Eaton;
using Provisioner.Lab.Devices.Pulizzi;
using Provisioner.Lab.Devices.ServerTech;
using Provisioner.Lab.Devices.Snmp;
using Provisioner.Lab.Devices.TrippLite;

namespace Provisioner.Lab.Hosting;

/// <summary>The driver ids the lab can simulate, and how to build each model. Listed explicitly.</summary>
public static class LabModelCatalog
{
    private static readonly Dictionary<string, Func<string, Func<IPEndPoint, IPEndPoint?>, DeviceFaults, TimeProvider, ISimulatedDevice>> Models =
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["eaton.sc200"] = (name, relays, faults, time) => new Sc200LabModel(name, relays, faults, time),
            ["eaton.sc300"] = (name, relays, faults, time) => new Sc300LabModel(name, relays, faults, time),
            ["akcp.sensorprobe"] = (name, _, faults, time) => new StoreBackedDevice(SensorProbeLabModel.CreateStore(name), faults, time),
            ["akcp.spplus"] = (name, _, faults, time) => new StoreBackedDevice(SpPlusLabModel.CreateStore(name), faults, time),
            ["apc.netbotz"] = (name, _, faults, time) => new StoreBackedDevice(NetBotzLabModel.CreateStore(name), faults, time),
            ["eaton.pulizzi-switched"] = (name, _, faults, time) => new StoreBackedDevice(SwitchedEpduLabModel.CreateStore(name), faults, time),
            ["eaton.pulizzi-monitored"] = (name, _, faults, time) => new StoreBackedDevice(MonitoredEpduLabModel.CreateStore(name), faults, time),
            ["tripplite.poweralert12"] = (name, _, faults, time) => new StoreBackedDevice(PowerAlertLabModel.CreatePowerAlert12(name).Store, faults, time),
            ["tripplite.poweralert"] = (name, _, faults, time) => new StoreBackedDevice(PowerAlertLabModel.CreatePowerAlert20(name).Store, faults, time),
            ["servertech.sentry4"] = (name, _, faults, time) => new StoreBackedDevice(Sentry4LabModel.CreateStore(name), faults, time),
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
