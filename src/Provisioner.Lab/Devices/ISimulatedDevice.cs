using Provisioner.Lab.Mib;

namespace Provisioner.Lab.Devices;

/// <summary>The behaviour of one simulated device model, independent of the socket that serves it.</summary>
public interface ISimulatedDevice
{
    /// <summary>The device's objects, values, write log and faults.</summary>
    LabMib Mib { get; }

    /// <summary>Waits until side effects the device started (e.g. a test e-mail) have finished.</summary>
    /// <returns>A task that completes when nothing is pending.</returns>
    Task WhenIdleAsync();
}
