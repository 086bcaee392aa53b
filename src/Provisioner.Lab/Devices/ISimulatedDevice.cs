namespace Provisioner.Lab.Devices;

/// <summary>
/// The behaviour of one simulated device model, independent of the protocol and socket that serve it.
/// A model is either an <see cref="ISnmpSimulatedDevice"/> (served by an SNMP agent) or an
/// <see cref="IHttpSimulatedDevice"/> (served by the lab's HTTPS server).
/// </summary>
public interface ISimulatedDevice
{
    /// <summary>The device's faults; changes take effect at once.</summary>
    DeviceFaults Faults { get; }

    /// <summary>Waits until side effects the device started (e.g. a test e-mail) have finished.</summary>
    /// <returns>A task that completes when nothing is pending.</returns>
    Task WhenIdleAsync();
}
