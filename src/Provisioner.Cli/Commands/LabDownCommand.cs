using System.CommandLine;
using Spectre.Console;
using Provisioner.Cli.Infrastructure;
using Provisioner.Cli.LabSupport;
using Provisioner.Lab.State;

namespace Provisioner.Cli.Commands;

/// <summary><c>provisioner lab down INVENTORY</c>: asks the running <c>lab up</c> to stop and waits until it has.</summary>
internal static class LabDownCommand
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    public static Command Create(CliServices services)
    {
        var inventory = Options.SharedOptions.Inventory();
        var map = new Option<string?>("--map") { Description = "The address map of the lab (default <inventory>/.provisioner/lab.json).", HelpName = "FILE" };
        var command = new Command("down", "Stop the lab started by 'lab up' for INVENTORY (it saves its state first when started with --state). Exit 0 when it stopped, 1 when none runs or it did not stop.") { inventory, map };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var session = services.Begin(parseResult);
            var path = parseResult.GetValue(map) ?? LabPaths.DefaultMap(parseResult.GetRequiredValue(inventory));
            try
            {
                var labMap = await LabMap.LoadAsync(path, cancellationToken);
                if (!LabLiveness.IsRunning(labMap))
                {
                    File.Delete(path);
                    session.Console.MarkupLine(Spectre.Console.Markup.Escape($"{LabLiveness.Stale(labMap, path)} Removed the stale map."));
                    return ExitCodes.Ok;
                }

                await File.WriteAllTextAsync(LabPaths.StopFile(path), "stop", cancellationToken);
                var deadline = DateTime.UtcNow + Patience;
                while (File.Exists(path) && DateTime.UtcNow < deadline)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
                }

                if (File.Exists(path))
                {
                    await session.Error.WriteLineAsync($"error: the lab (pid {labMap.ProcessId}) did not stop within {Patience.TotalSeconds} s; stop it with Ctrl-C in its terminal.");
                    return ExitCodes.Failure;
                }

                session.Console.MarkupLine(Spectre.Console.Markup.Escape($"Lab (pid {labMap.ProcessId}) stopped."));
                return ExitCodes.Ok;
            }
            catch (LabStateException ex)
            {
                await session.Error.WriteLineAsync($"error: {ex.Message}");
                return ExitCodes.Failure;
            }
        });
        return command;
    }
}
