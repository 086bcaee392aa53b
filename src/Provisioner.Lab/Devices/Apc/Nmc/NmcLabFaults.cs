namespace Provisioner.Lab.Devices.Apc.Nmc;

/// <summary>
/// The faults the lab card's CLI shows. Field names are the command and option without the slot number, e.g.
/// <c>smtp -s</c> or <c>email -t</c>.
/// </summary>
public sealed class NmcLabFaults
{
    /// <summary>Fields whose writes are answered <c>E102: Parameter Error</c> and not stored.</summary>
    public IList<string> Reject { get; init; } = [];

    /// <summary>Fields whose writes are answered <c>E000: Success</c> but not stored.</summary>
    public IList<string> Lose { get; init; } = [];

    /// <summary>The CLI prints nothing at all (no banner, no prompt) and waits until the client goes away.</summary>
    public bool Silent { get; set; }

    /// <summary>The session ends (no result code) right after this many of its write commands were stored; null never.</summary>
    public int? DropAfterWrites { get; set; }

    /// <summary>With <see cref="DropAfterWrites"/>: the emulator clears both when it drops, so only the next session drops.</summary>
    public bool DropOnce { get; set; }

    /// <summary>Milliseconds the CLI waits before its banner and every answer (slowness); 0 none.</summary>
    public int DelayMs { get; set; }

    /// <summary>The <c>?</c> listing is paginated with a reverse-video <c>--More--</c> that waits for a key.</summary>
    public bool Pager { get; set; }
}
