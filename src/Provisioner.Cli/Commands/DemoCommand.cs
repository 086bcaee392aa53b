using System.CommandLine;
using Provisioner.Cli.Demo;
using Provisioner.Cli.Infrastructure;

namespace Provisioner.Cli.Commands;

/// <summary><c>provisioner demo</c>: the whole job against an in-process lab, on a fresh machine.</summary>
internal static class DemoCommand
{
    public static Command Create(CliServices services)
    {
        var inventory = new Option<string?>("--inventory") { Description = $"The inventory to run the demo with (default {DemoInventory.RelativePath}, found from the current directory upwards).", HelpName = "PATH" };
        var command = new Command("demo", "Run the whole job against simulated devices on loopback: lint, plan, apply, plan again (zero changes), an out-of-band change, diff (exactly that drift), a test mail from every device into the lab's SMTP capture. Needs nothing but .NET. Exit 0 when every check holds, 1 when one fails, 3 when the demo inventory has errors, 4 when it cannot be found.")
        {
            inventory,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var session = services.Begin(parseResult);
            var path = parseResult.GetValue(inventory) ?? DemoInventory.Locate();
            if (path is null)
            {
                await session.Error.WriteLineAsync($"error: cannot find {DemoInventory.RelativePath} from {Directory.GetCurrentDirectory()}; run from the repository or pass --inventory.");
                return ExitCodes.UsageError;
            }

            return await new DemoRun(session, path).RunAsync(cancellationToken);
        });
        return command;
    }
}
