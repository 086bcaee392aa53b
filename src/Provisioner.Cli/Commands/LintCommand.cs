using System.CommandLine;
using Provisioner.Abstractions;
using Provisioner.Cli.Infrastructure;
using Provisioner.Cli.Options;
using Provisioner.Cli.Output;
using Provisioner.Cli.Running;
using Spectre.Console;

namespace Provisioner.Cli.Commands;

/// <summary><c>provisioner lint INVENTORY [--strict]</c>: checks the inventory and the guideline rules; touches no device.</summary>
internal static class LintCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="services">The shared services.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliServices services)
    {
        var inventory = SharedOptions.Inventory();
        var strict = SharedOptions.Strict();
        var output = SharedOptions.Output();
        var command = new Command("lint", "Check an inventory: YAML errors with file:line:column, then every guideline rule (docs/rules.md). Exit 0 when clean, 3 on errors (or on warnings with --strict), 4 on a usage error.")
        {
            inventory,
            strict,
            output,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var session = services.Begin(parseResult);
            return await RunAsync(session, parseResult.GetRequiredValue(inventory), parseResult.GetValue(strict), parseResult.GetValue(output), cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(CommandSession session, string path, bool strict, OutputFormat format, CancellationToken cancellationToken)
    {
        var loaded = await InventoryInput.LoadAsync(session, path, cancellationToken);
        session.Log.Debug("Inventory files read: {Files}", loaded.FilesRead);
        var diagnostics = new DiagnosticList(loaded.Diagnostics);
        if (loaded.Inventory is { } model)
        {
            diagnostics.AddRange(await InventoryPreflight.CheckAsync(model, new EnvironmentSecretResolver(session.Context.Environment), cancellationToken));
        }

        DiagnosticWriter.Write(session.Console, session.Out, format, path, diagnostics);
        var errors = diagnostics.Errors.Count();
        var warnings = diagnostics.Warnings.Count();
        if (format == OutputFormat.Table)
        {
            var devices = loaded.Inventory is { } m ? $"{m.Devices.Count} device(s) in {m.Sites.Count} site(s)" : "not loaded";
            var colour = errors > 0 ? "red" : warnings > 0 ? "yellow" : "green";
            session.Console.MarkupLine($"[{colour}]{Markup.Escape(path)}: {devices}; {errors} error(s), {warnings} warning(s)[/]");
        }

        session.Log.Debug("Lint of {Inventory}: {Errors} errors, {Warnings} warnings", path, errors, warnings);
        return errors > 0 || (strict && warnings > 0) ? ExitCodes.InventoryErrors : ExitCodes.Ok;
    }
}
