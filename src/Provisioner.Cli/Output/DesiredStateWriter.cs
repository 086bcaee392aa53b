using System.Globalization;
using Provisioner.Abstractions;
using Provisioner.Inventory.Rendering;
using Spectre.Console;

namespace Provisioner.Cli.Output;

/// <summary>
/// Prints a <see cref="DesiredStateDocument"/> for people: one compact row per device by default, or with
/// <c>--explain</c> every setting with where its value came from. Settings are named as plan and reports
/// name them (<c>smtp.relay</c>, <c>smtp.from</c>...).
/// </summary>
internal static class DesiredStateWriter
{
    private static readonly string[] CompactHeaders = ["Device", "Site", "Driver", SettingKey.SmtpRelay.Name, SettingKey.SmtpFrom.Name, SettingKey.SmtpRecipients.Name, SettingKey.AlertsMinimumSeverity.Name];

    /// <summary>Prints one table, one row per device: name, site, driver, relay, from, recipients, minimum severity.</summary>
    /// <param name="console">The console.</param>
    /// <param name="document">The document.</param>
    public static void WriteCompact(IAnsiConsole console, DesiredStateDocument document)
    {
        var table = new Table();
        foreach (var header in CompactHeaders)
        {
            table.AddColumn(header);
        }

        foreach (var device in document.Devices)
        {
            table.AddRow([.. Compact(device).Select(Markup.Escape)]);
        }

        console.Write(table);
        console.MarkupLine(Markup.Escape($"{document.Devices.Count} device(s) rendered from {document.Inventory}; --explain shows every setting and where its value came from."));
    }

    /// <summary>Prints a table per device: setting, value, where the value came from.</summary>
    /// <param name="console">The console.</param>
    /// <param name="document">The document.</param>
    public static void WriteExplained(IAnsiConsole console, DesiredStateDocument document)
    {
        foreach (var device in document.Devices)
        {
            var table = new Table()
                .Title(Markup.Escape(Title(device)))
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

    /// <summary>Prints the document as Markdown: one table row per device, or with <paramref name="explain"/> a section per device with provenance.</summary>
    /// <param name="output">The writer.</param>
    /// <param name="document">The document.</param>
    /// <param name="explain">True for a section per device with every setting and its origin.</param>
    public static void WriteMarkdown(TextWriter output, DesiredStateDocument document, bool explain)
    {
        output.WriteLine($"# Desired state: {document.Inventory}");
        if (!explain)
        {
            output.WriteLine();
            output.WriteLine($"| {string.Join(" | ", CompactHeaders)} |");
            output.WriteLine($"|{string.Concat(CompactHeaders.Select(_ => "---|"))}");
            foreach (var device in document.Devices)
            {
                output.WriteLine($"| {string.Join(" | ", Compact(device).Select(Escape))} |");
            }

            return;
        }

        foreach (var device in document.Devices)
        {
            output.WriteLine();
            output.WriteLine($"## {device.Name}");
            output.WriteLine();
            output.WriteLine(Title(device));
            output.WriteLine();
            output.WriteLine("| Setting | Value | From |");
            output.WriteLine("|---|---|---|");
            foreach (var (setting, value) in device.Desired.Entries())
            {
                var origin = device.Provenance.TryGetValue(setting, out var o) ? Origin(o) : string.Empty;
                output.WriteLine($"| {setting} | {Escape(value)} | {Escape(origin)} |");
            }
        }
    }

    private static string[] Compact(RenderedDevice device) =>
    [
        device.Name,
        device.Site,
        device.Driver,
        device.Desired.RelayAddress,
        device.Desired.FromAddress,
        string.Join(", ", device.Desired.Recipients),
        device.Desired.MinimumSeverity,
    ];

    private static string Title(RenderedDevice device) =>
        $"{device.Name} ({device.Kind}, {device.Category}, site {device.Site}, {device.Driver} at {device.Address}{(device.Port is { } p ? $":{p}" : string.Empty)})";

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    private static string Origin(RenderedProvenance provenance) =>
        provenance.Source is null ? provenance.Description : $"{provenance.Source} ({provenance.Description})";
}
