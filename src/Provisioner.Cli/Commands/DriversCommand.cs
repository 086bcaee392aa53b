using System.CommandLine;
using Provisioner.Abstractions;
using Provisioner.Cli.Drivers;
using Provisioner.Cli.Infrastructure;
using Provisioner.Cli.Options;
using Provisioner.Cli.Output;
using Provisioner.Drivers.SnmpMapped;

namespace Provisioner.Cli.Commands;

/// <summary><c>provisioner drivers [--mapping FILE...] [--output table|json|markdown]</c>: prints the support matrix.</summary>
internal static class DriversCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="services">The shared services.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliServices services)
    {
        var output = SharedOptions.Output();
        var mappings = new Option<string[]>("--mapping")
        {
            Description = "Also list the device described by this snmp-mapped mapping file (repeatable); the file is validated first.",
            HelpName = "FILE",
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("drivers", "Print the support matrix: every driver with its vendor, models, transports, the canonical settings it manages, its recipient model and whether it can send a test mail. Touches no device. Exit 0 when printed, 3 when a --mapping file has errors.")
        {
            output,
            mappings,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var session = services.Begin(parseResult);
            return await RunAsync(session, parseResult.GetValue(output), parseResult.GetValue(mappings) ?? [], cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(CommandSession session, OutputFormat format, IReadOnlyList<string> mappingFiles, CancellationToken cancellationToken)
    {
        var descriptors = new List<DriverDescriptor>(BuiltInDrivers.Descriptors);
        var diagnostics = new DiagnosticList();
        foreach (var file in mappingFiles)
        {
            var (driver, found) = await MappedSnmpDriver.LoadAsync(file, cancellationToken);
            diagnostics.AddRange(found);
            if (driver is not null)
            {
                descriptors.Add(driver.Descriptor);
            }
        }

        if (diagnostics.HasErrors)
        {
            DiagnosticWriter.WriteLines(session.Console, diagnostics);
            return ExitCodes.InventoryErrors;
        }

        var rows = SupportMatrix.Build(descriptors);
        switch (format)
        {
            case OutputFormat.Json:
                await session.Out.WriteAsync(SupportMatrixWriter.ToJson(rows));
                break;
            case OutputFormat.Markdown:
                await session.Out.WriteAsync(SupportMatrixWriter.ToMarkdown(rows));
                break;
            default:
                SupportMatrixWriter.WriteTable(session.Console, rows);
                break;
        }

        return ExitCodes.Ok;
    }
}
