using Provisioner.Abstractions;
using Provisioner.Core;
using Provisioner.Drivers.Akcp;
using Provisioner.Drivers.Apc;
using Provisioner.Drivers.Apc.Nmc;
using Provisioner.Drivers.Dell.Idrac9;
using Provisioner.Drivers.DotHill;
using Provisioner.Drivers.Eaton.Sc200;
using Provisioner.Drivers.Eaton.Sc300;
using Provisioner.Drivers.Hpe;
using Provisioner.Drivers.NetApp;
using Provisioner.Drivers.Pulizzi;
using Provisioner.Drivers.Pure;
using Provisioner.Drivers.Raritan;
using Provisioner.Drivers.Redfish;
using Provisioner.Drivers.ServerTech;
using Provisioner.Drivers.TrippLite;
using Provisioner.Drivers.TrueNas;

namespace Provisioner.Cli.Drivers;

/// <summary>
/// Every driver the product ships, listed explicitly (no reflection or assembly scanning), one line per
/// driver. A run's <see cref="DriverCatalog"/> is built from this list; duplicate ids fail at start-up there.
/// Drivers built on <c>SnmpDriver</c> describe themselves without a client (a null client opens no socket);
/// HTTPS drivers have a static descriptor.
/// </summary>
internal static class BuiltInDrivers
{
    /// <summary>The registrations, in the order written.</summary>
    public static IReadOnlyList<DriverRegistration> Registrations { get; } =
    [
        new(Sc200Descriptor.Value, t => new EatonSc200Driver(t.Snmp)),
        new(new EatonSc300Driver().Descriptor, t => new EatonSc300Driver(t.Snmp)),
        new(new SensorProbeDriver().Descriptor, t => new SensorProbeDriver(t.Snmp)),
        new(new SpPlusDriver().Descriptor, t => new SpPlusDriver(t.Snmp)),
        new(new NetBotzDriver().Descriptor, t => new NetBotzDriver(t.Snmp)),
        new(new SwitchedEpduDriver().Descriptor, t => new SwitchedEpduDriver(t.Snmp)),
        new(new MonitoredEpduDriver().Descriptor, t => new MonitoredEpduDriver(t.Snmp)),
        new(new PowerAlert12Driver().Descriptor, t => new PowerAlert12Driver(t.Snmp)),
        new(new PowerAlertDriver().Descriptor, t => new PowerAlertDriver(t.Snmp)),
        new(new Sentry4Driver().Descriptor, t => new Sentry4Driver(t.Snmp)),
        new(RedfishDescriptor.Value, t => new RedfishDriver(t.Http)),
        new(IdracDescriptor.Value, t => new DellIdrac9Driver(t.Http)),
        new(Ilo5Descriptor.Value, t => new HpeIlo5Driver(t.Http)),
        new(PxDescriptor.Value, t => new RaritanPxDriver(t.Http)),
        new(OntapDescriptor.Value, t => new NetAppOntapDriver(t.Http)),
        new(PureDescriptor.Value, t => new PureFlashArrayDriver(t.Http)),
        new(NmcDescriptor.Value, t => new ApcNmcDriver(t.Ssh)),
        new(HpeMsaDescriptor.Value, t => new DotHillDriver(HpeMsaDescriptor.Value, t.Ssh)),
        new(DellMeDescriptor.Value, t => new DotHillDriver(DellMeDescriptor.Value, t.Ssh)),
        new(TrueNasDescriptor.Value, t => new TrueNasDriver(t.Http)),
    ];

    /// <summary>Every built-in driver's descriptor, ordered by id (static data: no driver is created on a transport).</summary>
    public static IReadOnlyList<DriverDescriptor> Descriptors { get; } =
        [.. Registrations.Select(r => r.Descriptor).OrderBy(d => d.Id, StringComparer.Ordinal)];

    /// <summary>Creates every built-in driver on <paramref name="transports"/>.</summary>
    /// <param name="transports">The command's transports; the caller disposes them after the run.</param>
    /// <returns>The drivers, in registration order.</returns>
    public static IReadOnlyList<IDeviceDriver> Create(TransportServices transports) =>
        [.. Registrations.Select(r => r.Create(transports))];

    /// <summary>The catalogue of the built-in drivers plus <paramref name="extra"/> (e.g. mapped drivers of the run).</summary>
    /// <param name="transports">The command's transports.</param>
    /// <param name="extra">More drivers, built by the caller on the same transports.</param>
    /// <returns>The catalogue.</returns>
    public static DriverCatalog Catalog(TransportServices transports, IEnumerable<IDeviceDriver>? extra = null) =>
        new([.. Create(transports), .. extra ?? []]);
}
