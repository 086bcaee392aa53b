using System.Net;
using Provisioner.Lab.Devices;
using Provisioner.Lab.Devices.Akcp;
using Provisioner.Lab.Devices.Apc;
using Provisioner.Lab.Devices.Apc.Nmc;
using Provisioner.Lab.Devices.DotHill;
using Provisioner.Lab.Devices.Eaton;
using Provisioner.Lab.Devices.Hpe;
using Provisioner.Lab.Devices.Pulizzi;
using Provisioner.Lab.Devices.Raritan;
using Provisioner.Lab.Devices.Redfish;
using Provisioner.Lab.Devices.ServerTech;
using Provisioner.Lab.Devices.Snmp;
using Provisioner.Lab.Devices.TrippLite;
using Provisioner.Lab.Devices.TrueNas;

namespace Provisioner.Lab.Hosting;

/// <summary>The driver ids the lab can simulate, and how to build each model. Listed explicitly.</summary>
public static class LabModelCatalog
{
    private static readonly Dictionary<string, Func<LabModelContext, ISimulatedDevice>> Models =
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["eaton.sc200"] = c => new Sc200LabModel(c.Name, c.Relays, c.Faults, c.Time),
            ["eaton.sc300"] = c => new Sc300LabModel(c.Name, c.Relays, c.Faults, c.Time),
            ["akcp.sensorprobe"] = c => new StoreBackedDevice(SensorProbeLabModel.CreateStore(c.Name), c.Faults, c.Time),
            ["akcp.spplus"] = c => new StoreBackedDevice(SpPlusLabModel.CreateStore(c.Name), c.Faults, c.Time),
            ["apc.netbotz"] = c => new StoreBackedDevice(NetBotzLabModel.CreateStore(c.Name), c.Faults, c.Time),
            ["eaton.pulizzi-switched"] = c => new StoreBackedDevice(SwitchedEpduLabModel.CreateStore(c.Name), c.Faults, c.Time),
            ["eaton.pulizzi-monitored"] = c => new StoreBackedDevice(MonitoredEpduLabModel.CreateStore(c.Name), c.Faults, c.Time),
            ["tripplite.poweralert12"] = c => new StoreBackedDevice(PowerAlertLabModel.CreatePowerAlert12(c.Name).Store, c.Faults, c.Time),
            ["tripplite.poweralert"] = c => new StoreBackedDevice(PowerAlertLabModel.CreatePowerAlert20(c.Name).Store, c.Faults, c.Time),
            ["hpe.ilo5"] = c => new IloLabModel(c),
            ["raritan.px"] = c => new PxLabModel(c),
            ["servertech.sentry4"] = c => new StoreBackedDevice(Sentry4LabModel.CreateStore(c.Name), c.Faults, c.Time),
            ["netapp.ontap"] = c => new Devices.NetApp.OntapLabModel(c),
            ["pure.flasharray"] = c => new Devices.Pure.PureLabModel(c),
            ["dell.idrac9"] = c => new Devices.Dell.IdracLabModel(c),
            ["redfish"] = c => new GenericRedfishLabModel(c),
            ["apc.nmc"] = c => new NmcLabModel(c),
            ["hpe.msa"] = c => new DotHillLabModel(c, DotHillLabIdentity.Msa2060()),
            ["dell.me"] = c => new DotHillLabModel(c, DotHillLabIdentity.Me4024()),
            ["truenas"] = c => new TrueNasLabModel(c),
        };

    /// <summary>The driver ids that have a lab model.</summary>
    public static IReadOnlyCollection<string> DriverIds => Models.Keys;

    /// <summary>Whether <paramref name="driver"/> has a lab model.</summary>
    /// <param name="driver">A driver id.</param>
    /// <returns>True when the lab can simulate it.</returns>
    public static bool Has(string driver) => Models.ContainsKey(driver);

    /// <summary>Builds a model for <paramref name="driver"/>.</summary>
    /// <param name="driver">A driver id with a lab model.</param>
    /// <param name="context">The device, its relays, faults and clock.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentException">No model for <paramref name="driver"/>.</exception>
    public static ISimulatedDevice Create(string driver, LabModelContext context) =>
        Models.TryGetValue(driver, out var factory)
            ? factory(context)
            : throw new ArgumentException($"The lab has no model for driver '{driver}'; it simulates: {string.Join(", ", Models.Keys)}.", nameof(driver));

    /// <summary>Builds a model for <paramref name="driver"/> for a device that accepts no credentials (tests of the model itself).</summary>
    /// <param name="driver">A driver id with a lab model.</param>
    /// <param name="name">The device name.</param>
    /// <param name="relays">Maps a configured relay to the loopback endpoint standing in for it.</param>
    /// <param name="faults">The device's faults.</param>
    /// <param name="time">The clock.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentException">No model for <paramref name="driver"/>.</exception>
    public static ISimulatedDevice Create(string driver, string name, Func<IPEndPoint, IPEndPoint?> relays, DeviceFaults faults, TimeProvider time) =>
        Create(driver, new LabModelContext(new LabDeviceSpec(name, driver, "0.0.0.0"), relays, faults, time));
}
