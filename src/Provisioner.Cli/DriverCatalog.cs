using Provisioner.Abstractions;
using Provisioner.Drivers.Akcp;
using Provisioner.Drivers.Apc;
using Provisioner.Drivers.Eaton.Sc200;
using Provisioner.Drivers.Eaton.Sc300;
using Provisioner.Drivers.Pulizzi;
using Provisioner.Drivers.ServerTech;
using Provisioner.Drivers.TrippLite;
using Provisioner.Snmp.Client;

namespace Provisioner.Cli;

/// <summary>
/// The composition root of the drivers: every driver the product ships, listed explicitly (no
/// reflection or assembly scanning). Duplicate ids fail at start-up in <see cref="Core.DriverCatalog"/>.
/// </summary>
internal static class DriverCatalog
{
    /// <summary>Builds the catalogue. SNMP drivers share <paramref name="snmp"/> (one socket for all devices).</summary>
    /// <param name="snmp">The SNMP client; the caller disposes it after the run.</param>
    /// <returns>The catalogue.</returns>
    public static Core.DriverCatalog Create(SnmpClient snmp) => new(Drivers(snmp));

    /// <summary>Every shipped driver.</summary>
    /// <param name="snmp">The shared SNMP client.</param>
    /// <returns>The drivers.</returns>
    public static IReadOnlyList<IDeviceDriver> Drivers(SnmpClient snmp) =>
    [
        new EatonSc200Driver(snmp),
        new EatonSc300Driver(snmp),
        new SensorProbeDriver(snmp),
        new SpPlusDriver(snmp),
        new NetBotzDriver(snmp),
        new SwitchedEpduDriver(snmp),
        new MonitoredEpduDriver(snmp),
        new PowerAlert12Driver(snmp),
        new PowerAlertDriver(snmp),
        new Sentry4Driver(snmp),
    ];
}
