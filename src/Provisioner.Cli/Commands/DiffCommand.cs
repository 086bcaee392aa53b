using System.CommandLine;
using Provisioner.Cli.Infrastructure;
using Provisioner.Cli.Running;
using Provisioner.Core;

namespace Provisioner.Cli.Commands;

/// <summary><c>provisioner diff</c>: a read-only drift report in findings a person acts on.</summary>
internal static class DiffCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliServices services)
    {
        var options = new RunOptions();
        var command = new Command("diff", "Read-only drift report: what the devices hold that the inventory does not say, in findings a person acts on. Exit 0 when there is no drift, 2 when there is, 1 when a device failed or the run was interrupted, 3 on inventory errors, 4 on a usage error (e.g. a filter that selects no device).");
        options.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var session = services.Begin(parseResult);
            return await RunPipeline.ExecuteAsync(session, Settings.Read(options, parseResult), RunMode.Diff, cancellationToken);
        });
        return command;
    }
}
