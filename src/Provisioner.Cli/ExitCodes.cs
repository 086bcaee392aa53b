namespace Provisioner.Cli;

/// <summary>The process exit codes of every command, in one place (documented in docs/exit-codes.md).</summary>
internal static class ExitCodes
{
    /// <summary>Success: nothing wrong, nothing pending.</summary>
    public const int Ok = 0;

    /// <summary>A failure: a device or the run failed (unreachable, rejected, verify mismatch, internal error, interrupted).</summary>
    public const int Failure = 1;

    /// <summary>Changes or drift are pending: a plan or check found devices that differ from the inventory.</summary>
    public const int ChangesPending = 2;

    /// <summary>The inventory has errors (or, with <c>--strict</c>, warnings): nothing was touched.</summary>
    public const int InventoryErrors = 3;

    /// <summary>The command line is wrong: unknown command or option, missing argument, a filter that selects no device.</summary>
    public const int UsageError = 4;

    /// <summary>The person at the terminal answered no to apply's question: nothing was applied.</summary>
    public const int Declined = 5;
}
