using Provisioner.Inventory.Rendering;
using Spectre.Console;

namespace Provisioner.Cli.Output;

/// <summary>Prints a <see cref="DesiredStateDocument"/> as one table per device, or as Markdown.</summary>
internal static class DesiredStateWriter
{
    /// <summary>Prints a table per device: setting, value, origin.</summary>
    /// <param name="console">The console.</param>
    /// <param name="document">The document.</param>
    public static void WriteTables(IAnsiConsole console, DesiredStateDocument document)
    {
        foreach (var device in document.Devices)
        {
            var port = device.Port is { } p ? $":{p}" : string.Empty;
            var table = new Table()
                .Title(Markup.Escape($"{device.Name} ({device.Kind}, {device.Category}, site {device.Site}, {device.Driver} at {device.Address}{port})"))
                .AddColumn("Setting")
                .AddColumn("Value")
                .AddColumn("From");
            foreach (var (setting, value) in device.Desired.Entries())
            {
                var origin = device.Provenance.TryGetValue(setting, out var o) ? Origin(o) : string.Empty;
                table.AddRow(Markup.Escape(setting), Markup.Escape(value), Markup.Escape(origin));
            }

            console.Write(table);
            console.WriteLine();
        }

        console.MarkupLine(Markup.Escape($"{document.Devices.Count} device(s) rendered from {document.Inventory}."));
    }

    /// <summary>Prints the document as Markdown: a heading and a table per device.</summary>
    /// <param name="output">The writer.</param>
    /// <param name="document">The document.</param>
    public static void WriteMarkdown(TextWriter output, DesiredStateDocument document)
    {
        output.WriteLine($"# Desired state: {document.Inventory}");
        foreach (var device in document.Devices)
        {
            output.WriteLine();
            output.WriteLine($"## {device.Name}");
            output.WriteLine();
            output.WriteLine($"{device.Kind}, {device.Category}, site {device.Site}, driver {device.Driver} at {device.Address}");
            output.WriteLine();
            output.WriteLine("| Setting | Value | From |");
            output.WriteLine("|---|---|---|");
            foreach (var (setting, value) in device.Desired.Entries())
            {
                var origin = device.Provenance.TryGetValue(setting, out var o) ? Origin(o) : string.Empty;
                output.WriteLine($"| {setting} | {value.Replace("|", "\\|", StringComparison.Ordinal)} | {origin.Replace("|", "\\|", StringComparison.Ordinal)} |");
            }
        }
    }

    private static string Origin(RenderedProvenance provenance) =>
        provenance.Source is null ? provenance.Description : $"{provenance.Source} ({provenance.Description})";
}
