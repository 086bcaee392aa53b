using System.Net;
using Provisioner.Lab.Devices;

namespace Provisioner.Lab.Hosting;

/// <summary>What a lab model is built from.</summary>
/// <param name="Spec">The device: name, driver, accepted credentials.</param>
/// <param name="Relays">Maps a configured relay to the loopback endpoint standing in for it (null: nothing answers there).</param>
/// <param name="Faults">The device's faults.</param>
/// <param name="Time">The clock.</param>
public sealed record LabModelContext(LabDeviceSpec Spec, Func<IPEndPoint, IPEndPoint?> Relays, DeviceFaults Faults, TimeProvider Time)
{
    /// <summary>The folder where file-backed models (SSH devices' emulator state) keep their state; null: a new temporary folder.</summary>
    public string? StateFolder { get; init; }

    /// <summary>
    /// The relays <see cref="Relays"/> maps (as the inventory names them), for models that hand the map to an emulator
    /// process (an SSH device's CLI sends its test mail itself); empty when the lab maps none.
    /// </summary>
    public IReadOnlyList<IPEndPoint> KnownRelays { get; init; } = [];

    /// <summary>The device name.</summary>
    public string Name => Spec.Name;
}
