namespace Provisioner.Lab.Devices.DotHill;

/// <summary>The faults the lab array's CLI shows. Field names are <c>set email-parameters</c> keywords, e.g. <c>server</c> or <c>email-list</c>.</summary>
public sealed class DotHillLabFaults
{
    /// <summary>Keywords whose writes are answered <c>Error:</c> and not stored (the whole command is refused).</summary>
    public IList<string> Reject { get; init; } = [];

    /// <summary>Keywords whose writes are answered <c>Success:</c> but not stored.</summary>
    public IList<string> Lose { get; init; } = [];

    /// <summary>The CLI prints nothing at all (no banner, no prompt) and waits until the client goes away.</summary>
    public bool Silent { get; set; }

    /// <summary>The session ends (no result) right after this many of its <c>set email-parameters</c> were stored; null never.</summary>
    public int? DropAfterWrites { get; set; }

    /// <summary>With <see cref="DropAfterWrites"/>: the emulator clears both when it drops, so only the next session drops (a one-off cut).</summary>
    public bool DropOnce { get; set; }

    /// <summary>Milliseconds the CLI waits before its banner and every answer (slowness); 0 none.</summary>
    public int DelayMs { get; set; }

    /// <summary>The human <c>help</c> listing is paginated with <c>Press any key to continue (Q to quit)</c>.</summary>
    public bool Pager { get; set; }
}
