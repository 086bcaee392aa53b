using System.CommandLine;
using Provisioner.Cli.Infrastructure;
using Provisioner.Cli.Running;
using Provisioner.Core;

namespace Provisioner.Cli.Commands;

/// <summary>
/// <c>provisioner apply</c>: write what differs, read back, verify, revert on mismatch. Without
/// <c>--yes</c> it shows the plan first and asks on the terminal; a "no" exits <see cref="ExitCodes.Declined"/>.
/// </summary>
internal static class ApplyCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliServices services)
    {
        var options = new RunOptions();
        var yes = new Option<bool>("--yes", "-y") { Description = "Apply without asking (needed when standard input is not a terminal)." };
        var breakLock = new Option<bool>("--break-lock") { Description = "Take over the inventory's run lock when this host cannot check its holder (a run on another host, or an unreadable lock file) and you know that run is gone. A live run on this host is never taken over." };
        var command = new Command("apply", "Change the selected devices to match the inventory: write only what differs, read back, verify, restore the snapshot on a mismatch. Without --yes, shows the plan and asks first. Exit 0 when every device is ok or changed, 1 when any failed, the run was interrupted or the run lock is held, 3 on inventory errors, 4 on a usage error (e.g. a filter that selects no device), 5 when the answer to the question was no.");
        options.AddTo(command);
        command.Add(yes);
        command.Add(breakLock);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var session = services.Begin(parseResult);
            return await RunAsync(session, Settings.Read(options, parseResult), parseResult.GetValue(yes), parseResult.GetValue(breakLock), cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(CommandSession session, RunSettings settings, bool yes, bool breakLock, CancellationToken cancellationToken)
    {
        if (!yes)
        {
            if (!session.Context.IsInputTerminal || !session.Context.IsTerminal)
            {
                await session.Error.WriteLineAsync("error: apply changes devices; pass --yes to confirm when not at a terminal (run 'provisioner plan' first to see what would change).");
                return ExitCodes.UsageError;
            }

            var plan = await RunPipeline.ExecuteAsync(session, settings with { Report = null }, RunMode.Plan, cancellationToken);
            if (plan != ExitCodes.ChangesPending)
            {
                return plan;
            }

            if (!await ConfirmationQuestion.AskAsync(session.Context, "Apply these changes? [y/N] ", cancellationToken))
            {
                await session.Error.WriteLineAsync("Declined: nothing was applied; no device was changed.");
                return ExitCodes.Declined;
            }
        }

        try
        {
            using var runLock = RunLock.Acquire(settings.Inventory, "apply", TimeProvider.System, breakLock: breakLock);
            if (runLock.Interrupted is { } interrupted)
            {
                await session.Error.WriteLineAsync($"warning: {interrupted.Describe()}");
            }

            return await RunPipeline.ExecuteAsync(session, settings, RunMode.Apply, target => runLock.RecordStarted(target.Name), cancellationToken);
        }
        catch (RunLockedException ex)
        {
            await session.Error.WriteLineAsync($"error: {ex.Message}");
            return ExitCodes.Failure;
        }
    }
}
