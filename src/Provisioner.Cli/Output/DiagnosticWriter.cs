using Provisioner.Abstractions;
using Provisioner.Cli.Options;
using Spectre.Console;

namespace Provisioner.Cli.Output;

/// <summary>Prints diagnostics as lines for people, JSON for scripts or a Markdown table.</summary>
internal static class DiagnosticWriter
{
    /// <summary>Prints <paramref name="diagnostics"/> in <paramref name="format"/>.</summary>
    /// <param name="console">The console, for the table form.</param>
    /// <param name="output">The raw writer, for JSON and Markdown.</param>
    /// <param name="format">The format.</param>
    /// <param name="inventory">The inventory path.</param>
    /// <param name="diagnostics">The diagnostics.</param>
    public static void Write(IAnsiConsole console, TextWriter output, OutputFormat format, string inventory, IReadOnlyList<Diagnostic> diagnostics)
    {
        switch (format)
        {
            case OutputFormat.Json:
                output.WriteLine(DiagnosticDocument.Create(inventory, diagnostics).ToJson());
                break;
            case OutputFormat.Markdown:
                WriteMarkdown(output, inventory, diagnostics);
                break;
            default:
                WriteLines(console, diagnostics);
                break;
        }
    }

    /// <summary>Prints each diagnostic as <c>file:line:col: error CODE: [device] summary</c> with its detail indented below.</summary>
    /// <param name="console">The console.</param>
    /// <param name="diagnostics">The diagnostics.</param>
    public static void WriteLines(IAnsiConsole console, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            var colour = d.Severity switch
            {
                DiagnosticSeverity.Error => "red",
                DiagnosticSeverity.Warning => "yellow",
                _ => "blue",
            };
            var where = d.Source is null ? string.Empty : Markup.Escape(d.Source.ToString()) + ": ";
            var who = d.Device is null ? string.Empty : $"[[{Markup.Escape(d.Device)}]] ";
            console.MarkupLine($"{where}[{colour}]{d.Severity.ToString().ToLowerInvariant()} {Markup.Escape(d.Code)}[/]: {who}{Markup.Escape(d.Summary)}");
            if (d.Detail.Length > 0)
            {
                console.MarkupLine("    " + Markup.Escape(d.Detail));
            }
        }
    }

    private static void WriteMarkdown(TextWriter output, string inventory, IReadOnlyList<Diagnostic> diagnostics)
    {
        output.WriteLine($"# Lint: {inventory}");
        output.WriteLine();
        if (diagnostics.Count == 0)
        {
            output.WriteLine("No findings: the inventory follows the guideline.");
            return;
        }

        output.WriteLine("| Severity | Code | Location | Device | Finding | What to do |");
        output.WriteLine("|---|---|---|---|---|---|");
        foreach (var d in diagnostics)
        {
            output.WriteLine($"| {d.Severity.ToString().ToLowerInvariant()} | {d.Code} | {Cell(d.Source?.ToString())} | {Cell(d.Device)} | {Cell(d.Summary)} | {Cell(d.Detail)} |");
        }
    }

    private static string Cell(string? text) => (text ?? string.Empty).Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ');
}
