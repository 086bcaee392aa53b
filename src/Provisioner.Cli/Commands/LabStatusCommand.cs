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
        var command = new Command("status", "Show whether a lab runs for INVENTORY, and its address map. Exit 0 when it runs, 1 when not.") { inventory, map };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var session = services.Begin(parseResult);
            var path = parseResult.GetValue(map) ?? LabPaths.DefaultMap(parseResult.GetRequiredValue(inventory));
            try
            {
                var labMap = await LabMap.LoadAsync(path, cancellationToken);
                var alive = IsRunning(labMap.ProcessId);
                session.Console.MarkupLine(Spectre.Console.Markup.Escape(alive ? $"Lab running (pid {labMap.ProcessId}), {labMap.Devices.Count} devices:" : $"A lab map is at {path}, but its process {labMap.ProcessId} is gone; delete the file."));
                LabMapPrinter.Print(session.Console, labMap);
                return alive ? ExitCodes.Ok : ExitCodes.Failure;
            }
            catch (LabStateException ex)
            {
                await session.Error.WriteLineAsync(ex.Message);
                return ExitCodes.Failure;
            }
        });
        return command;
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
