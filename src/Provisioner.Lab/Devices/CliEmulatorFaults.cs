namespace Provisioner.Lab.Devices;

/// <summary>
/// The faults a lab CLI emulator (<c>nmc-cli.py</c>, <c>msa-cli.py</c>) reads from its state file before every command,
/// under the key <c>faults</c>. Field names are the emulator's own: command and option without the slot (<c>smtp -s</c>,
/// <c>email -t</c>) for the APC card, <c>set email-parameters</c> keywords (<c>server</c>, <c>email-list</c>) for the array.
/// </summary>
public sealed class CliEmulatorFaults
{
    /// <summary>Fields whose writes the CLI refuses with its own error (APC <c>E102: Parameter Error</c>, array <c>Error:</c>) and does not store.</summary>
    public IList<string> Reject { get; init; } = [];

    /// <summary>Fields whose writes the CLI answers with success (<c>E000: Success</c>, <c>Success:</c>) but does not store.</summary>
    public IList<string> Lose { get; init; } = [];

    /// <summary>The CLI prints nothing at all (no banner, no prompt) and waits until the client goes away.</summary>
    public bool Silent { get; set; }

    /// <summary>The session ends (no result) right after this many of its write commands were stored; null never.</summary>
    public int? DropAfterWrites { get; set; }

    /// <summary>With <see cref="DropAfterWrites"/>: the emulator clears both when it drops, so only the next session drops.</summary>
    public bool DropOnce { get; set; }

    /// <summary>Milliseconds the CLI waits before its banner and every answer (slowness); 0 none.</summary>
    public int DelayMs { get; set; }

    /// <summary>The CLI's help listing is paginated (APC: reverse-video <c>--More--</c>; array: <c>Press any key to continue (Q to quit)</c>).</summary>
    public bool Pager { get; set; }

    /// <summary>Turns off the faults a test stages: rejected and lost fields, silence, the pager and a pending drop.</summary>
    public void Clear()
    {
        Reject.Clear();
        Lose.Clear();
        Silent = false;
        Pager = false;
        DropAfterWrites = null;
    }
}
