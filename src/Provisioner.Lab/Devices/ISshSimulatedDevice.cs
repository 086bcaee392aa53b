namespace Provisioner.Lab.Devices;

/// <summary>
/// A simulated device that speaks SSH: the lab runs a real OpenSSH <c>sshd</c> for it whose <c>ForceCommand</c> is
/// <c>python3 EmulatorScript --state StatePath</c>. The emulator re-reads the JSON state file before every command and
/// writes it after every change; it honours the common faults in the file's <c>faults</c> object (see
/// <see cref="EmulatedSshDevice"/>) and logs every write in its <c>writes</c> array.
/// </summary>
public interface ISshSimulatedDevice : ISimulatedDevice
{
    /// <summary>The full path of the CLI emulator script (stdlib Python 3), copied to the build output.</summary>
    string EmulatorScript { get; }

    /// <summary>The full path of the device's JSON state file, in the lab's SSH folder.</summary>
    string StatePath { get; }

    /// <summary>The device's stored configuration as text lines (one JSON document, faults and write log left out), for <c>lab up</c>'s saved state.</summary>
    /// <returns>The lines.</returns>
    IReadOnlyList<string> ExportState();

    /// <summary>Replaces the stored configuration with lines from <see cref="ExportState"/>; faults and the write log stay.</summary>
    /// <param name="lines">The lines.</param>
    /// <exception cref="FormatException">The lines are not this model's state.</exception>
    void ImportState(IReadOnlyList<string> lines);
}
