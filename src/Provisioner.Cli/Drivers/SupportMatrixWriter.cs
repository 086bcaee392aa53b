using System.Text;
using System.Text.Json;
using Provisioner.Abstractions;
using Spectre.Console;

namespace Provisioner.Cli.Drivers;

/// <summary>Prints the support matrix as a console table, JSON or Markdown (the Markdown is <c>docs/support-matrix.md</c>).</summary>
internal static class SupportMatrixWriter
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>The Markdown document.</summary>
    /// <param name="rows">The rows.</param>
    /// <returns>The text, ending with a newline.</returns>
    public static string ToMarkdown(IReadOnlyList<SupportMatrixRow> rows)
    {
        var md = new StringBuilder();
        Line(md, "# Support matrix");
        Line(md);
        Line(md, "Generated from the driver descriptors by `provisioner drivers --output markdown` (a test in");
        Line(md, "`tests/Provisioner.Cli.Tests` checks that this file is current; `PROVISIONER_UPDATE_GOLDEN=1` rewrites it).");
        Line(md, "`yes` = read and written, `write-only` = written but never readable (the comparison is unverifiable),");
        Line(md, "`manual` = the device's API cannot set it: the report lists the manual step, `no` = not managed,");
        Line(md, "`mapped` = whatever the mapping file maps.");
        Line(md);
        Line(md, "## Drivers");
        Line(md);
        Line(md, "| Driver | Vendor | Models | Transports | Recipients | Test mail | Identity |");
        Line(md, "|---|---|---|---|---|---|---|");
        foreach (var r in rows)
        {
            Line(md, $"| `{r.Driver}` | {Escape(r.Vendor)} | {Escape(r.Models)} | {r.Transports} | {Escape(r.Recipients)} | {(r.TestMail ? "yes" : "no")} | {Escape(r.Identity)} |");
        }

        Line(md);
        Line(md, "## Settings");
        Line(md);
        Line(md, "| Driver | " + string.Join(" | ", SettingKey.All.Select(k => $"`{k.Name}`")) + " |");
        Line(md, "|---|" + string.Concat(SettingKey.All.Select(_ => "---|")));
        foreach (var r in rows)
        {
            Line(md, $"| `{r.Driver}` | " + string.Join(" | ", SettingKey.All.Select(k => r.Settings[k.Name])) + " |");
        }

        Line(md);
        Line(md, "## Descriptions");
        Line(md);
        foreach (var r in rows)
        {
            Line(md, $"- `{r.Driver}`: {Escape(r.Description)}");
        }

        return md.ToString();
    }

    /// <summary>The JSON document: an object with a <c>drivers</c> array.</summary>
    /// <param name="rows">The rows.</param>
    /// <returns>The JSON text, ending with a newline.</returns>
    public static string ToJson(IReadOnlyList<SupportMatrixRow> rows) =>
        JsonSerializer.Serialize(new { drivers = rows }, Json).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";

    /// <summary>Writes a console table: one line per driver, settings abbreviated.</summary>
    /// <param name="console">The console.</param>
    /// <param name="rows">The rows.</param>
    public static void WriteTable(IAnsiConsole console, IReadOnlyList<SupportMatrixRow> rows)
    {
        ArgumentNullException.ThrowIfNull(console);
        var table = new Table().AddColumns("Driver", "Vendor", "Models", "Transports", "Settings (yes / write-only / manual)", "Recipients", "Test mail");
        foreach (var r in rows)
        {
            var settings = string.Join(", ", r.Settings.Where(p => p.Value != "no").Select(p => p.Value == "yes" ? p.Key : $"{p.Key} ({p.Value})"));
            table.AddRow(Markup.Escape(r.Driver), Markup.Escape(r.Vendor), Markup.Escape(r.Models), Markup.Escape(r.Transports), Markup.Escape(settings), Markup.Escape(r.Recipients), r.TestMail ? "yes" : "no");
        }

        console.Write(table);
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    private static void Line(StringBuilder md, string text = "") => md.Append(text).Append('\n');
}
