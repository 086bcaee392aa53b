using Provisioner.Lab.Mib;
using Provisioner.Snmp.Agent;

namespace Provisioner.Lab.Devices.Snmp;

/// <summary>
/// A simulated device whose model keeps its objects in a <see cref="MibStore"/> (AKCP, NetBotz, Pulizzi,
/// Tripp Lite, Sentry4 lab models), served through a <see cref="LabMib"/> that adds faults and the write log.
/// </summary>
/// <param name="store">The model's objects.</param>
/// <param name="faults">The device's faults.</param>
/// <param name="time">The clock.</param>
public sealed class StoreBackedDevice(MibStore store, DeviceFaults faults, TimeProvider time) : ISnmpSimulatedDevice
{
    /// <inheritdoc/>
    public LabMib Mib { get; } = new(store, faults, time);

    /// <inheritdoc/>
    public DeviceFaults Faults => Mib.Faults;

    /// <summary>Nothing runs in the background on these models.</summary>
    /// <returns>A completed task.</returns>
    public Task WhenIdleAsync() => Task.CompletedTask;
}
