using Provisioner.Abstractions;

namespace Provisioner.Testing.Conformance;

/// <summary>A simulated device as the conformance suite drives it: state, write log, faults.</summary>
public interface ISimulatedDevice
{
    /// <summary>Every write that reached the device since the last <see cref="ClearWriteLog"/>, in order, including rejected and lost ones.</summary>
    IReadOnlyList<SimulatedWrite> WriteLog { get; }

    /// <summary>Empties the write log.</summary>
    void ClearWriteLog();

    /// <summary>Changes a setting behind the engine's back (out-of-band drift), not through the driver; not logged as a write.</summary>
    /// <param name="key">The setting.</param>
    /// <param name="value">The canonical value the device should now hold.</param>
    /// <param name="cancellationToken">Cancels the change.</param>
    /// <returns>A task that completes when the device holds the value.</returns>
    Task SetOutOfBandAsync(SettingKey key, SettingValue value, CancellationToken cancellationToken);

    /// <summary>Turns a fault on until <see cref="ClearFaults"/>.</summary>
    /// <param name="fault">The fault.</param>
    void Inject(SimulatedFault fault);

    /// <summary>Turns every fault off.</summary>
    void ClearFaults();
}
