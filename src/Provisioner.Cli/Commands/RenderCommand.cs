using System.CommandLine;
using Provisioner.Cli.Infrastructure;
using Provisioner.Cli.Options;
using Provisioner.Cli.Output;
using Provisioner.Inventory.Policy;
using Provisioner.Inventory.Rendering;

namespace Provisioner.Cli.Commands;

/// <summary><c>provisioner render INVENTORY</c>: prints the settings each device should hold and where each value came from.</summary>
internal static class RenderCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="services">The shared services.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliServices services)
    {
        var inventory = SharedOptions.Inventory();
        var output = SharedOptions.Output(OutputFormat.Table, OutputFormat.Json, OutputFormat.Markdown);
        var explain = new Option<bool>("--explain") { Description = "Print every setting of every device (as plan names them: smtp.relay, smtp.from...) and where each value came from, instead of one row per device." };
        var filter = new DeviceFilterOptions();
        var command = new Command("render", "Print the desired state: one row per device (relay, from, recipients, minimum severity); with --explain every setting and where its value came from; with -o json everything. Touches no device. Exit 0 when printed, 3 on inventory errors, 4 on a usage error (e.g. a filter that selects no device).")
        {
            inventory,
            output,
            explain,
        };
        filter.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var session = services.Begin(parseResult);
            var path = parseResult.GetRequiredValue(inventory);
            var loaded = await InventoryInput.LoadAsync(session, path, cancellationToken);
            if (loaded.Inventory is not { } model)
            {
                InventoryInput.PrintToError(session, loaded.Diagnostics);
                await session.Error.WriteLineAsync($"{path}: the inventory has errors; nothing rendered. Fix them (see 'provisioner lint {path}').");
                return ExitCodes.InventoryErrors;
            }

            var (devices, selectionCode) = InventoryInput.Select(session, model, filter.Read(parseResult));
            if (devices is null)
            {
                return selectionCode;
            }

            var document = DesiredStateDocument.Create(path, devices);
            switch (parseResult.GetValue(output))
            {
                case OutputFormat.Json:
                    await session.Out.WriteLineAsync(document.ToJson());
                    break;
                case OutputFormat.Markdown:
                    DesiredStateWriter.WriteMarkdown(session.Out, document, parseResult.GetValue(explain));
                    break;
                case var _ when parseResult.GetValue(explain):
                    DesiredStateWriter.WriteExplained(session.Console, document);
                    break;
                default:
                    DesiredStateWriter.WriteCompact(session.Console, document);
                    break;
            }

            var findings = GuidelinePolicy.Evaluate(model);
            if (findings.Count > 0)
            {
                session.Log.Warning("{Findings} guideline findings ({Errors} errors); run 'provisioner lint {Inventory}'", findings.Count, findings.Errors.Count(), path);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
