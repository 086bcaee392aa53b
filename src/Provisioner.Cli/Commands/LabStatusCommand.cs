using System.CommandLine;
using Spectre.Console;
using Provisioner.Cli.Infrastructure;
using Provisioner.Cli.LabSupport;
using Provisioner.Lab.State;

namespace Provisioner.Cli.Commands;

/// <summary><c>provisioner lab status INVENTORY</c>: shows whether a lab runs for the inventory and its address map.</summary>
internal static class LabStatusCommand
{
    public static Command Create(CliServices services)
    {
        var inventory = Options.SharedOptions.Inventory();
        var map = new Option<string?>("--map") { Description = "The address map of the lab (default <inventory>/.provisioner/lab.json).", HelpName = "FILE" };
        var command = new Command("status", "Show whether a lab runs for INVENTORY, and its address map. Exit 0 when it runs, 1 when not (no map, or a stale map whose process is gone).") { inventory, map };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var session = services.Begin(parseResult);
            var path = parseResult.GetValue(map) ?? LabPaths.DefaultMap(parseResult.GetRequiredValue(inventory));
            try
            {
                var labMap = await LabMap.LoadAsync(path, cancellationToken);
                if (!LabLiveness.IsRunning(labMap))
                {
                    session.Console.MarkupLine(Spectre.Console.Markup.Escape($"{LabLiveness.Stale(labMap, path)} Its process is gone (or its id now belongs to another program); start a lab with 'provisioner lab up', or delete the file."));
                    return ExitCodes.Failure;
                }

                session.Console.MarkupLine(Spectre.Console.Markup.Escape($"Lab running (pid {labMap.ProcessId}), {labMap.Devices.Count} devices:"));
                LabMapPrinter.Print(session.Console, labMap);
                return ExitCodes.Ok;
            }
            catch (LabStateException ex)
            {
                await session.Error.WriteLineAsync(ex.Message);
                return ExitCodes.Failure;
            }
        });
        return command;
    }
}
