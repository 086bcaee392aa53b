using System.CommandLine;
using Provisioner.Cli.Infrastructure;
using Provisioner.Cli.Running;
using Provisioner.Core;

namespace Provisioner.Cli.Commands;

/// <summary><c>provisioner plan</c>: read every device, compare with the inventory, show what apply would change. Never writes.</summary>
internal static class PlanCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliServices services)
    {
        var options = new RunOptions();
        var command = new Command("plan", "Read every selected device and show what 'apply' would change. Never writes (the engine opens no write path). Exit 0 when nothing would change, 2 when changes are pending, 1 when a device failed or the run was interrupted, 3 on inventory errors, 4 on a usage error (e.g. a filter that selects no device).");
        options.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var session = services.Begin(parseResult);
            return await RunPipeline.ExecuteAsync(session, Settings.Read(options, parseResult), RunMode.Plan, cancellationToken);
        });
        return command;
    }
}
