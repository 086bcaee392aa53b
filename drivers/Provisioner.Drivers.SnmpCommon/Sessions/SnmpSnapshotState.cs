using Provisioner.Snmp.Types;

namespace Provisioner.Drivers.SnmpCommon;

/// <summary>What <see cref="SnmpSnapshotDriverSession"/> keeps in a snapshot: the driver that took it and the objects' values as read.</summary>
/// <param name="DriverId">The driver that took it; restore refuses another driver's snapshot.</param>
/// <param name="Bindings">The writable objects and their values, in read order.</param>
public sealed record SnmpSnapshotState(string DriverId, IReadOnlyList<VarBind> Bindings);
