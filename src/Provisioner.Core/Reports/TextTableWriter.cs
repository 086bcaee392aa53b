using System.Text;

namespace Provisioner.Core.Reports;

/// <summary>
/// Writes a <see cref="RunReport"/> as a plain-text table (one row per device, then findings), for logs,
/// CI output and terminals without colour. The CLI draws its Spectre table from the same model.
/// </summary>
public static class TextTableWriter
{
    private static readonly string[] Headers = ["DEVICE", "SITE", "DRIVER", "OUTCOME", "CHANGES", "NOTE"];

    /// <summary>Returns the table text.</summary>
    /// <param name="report">The report.</param>
    /// <returns>Aligned columns separated by two spaces, ending with a newline.</returns>
    public static string ToText(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var rows = new List<string[]> { Headers };
        foreach (var d in report.Devices)
        {
            var changes = d.Changes.Count > 0 ? d.Changes.Select(c => c.Setting) : d.Before.Where(c => c.Comparison == "differs").Select(c => c.Setting);
            var note = d.Diagnostics.FirstOrDefault(x => x.Severity == "error") ?? (d.Diagnostics.Count > 0 ? d.Diagnostics[0] : null);
            var byHand = d.ManualSteps.Count > 0 ? $"by hand: {string.Join(", ", d.ManualSteps.Select(s => s.Setting).Distinct(StringComparer.Ordinal))}" : string.Empty;
            rows.Add([d.Name, d.Site, d.Driver, d.Outcome, string.Join(",", changes), note is null ? byHand : $"{note.Code}: {note.Summary}"]);
        }

        var widths = Enumerable.Range(0, Headers.Length).Select(i => rows.Max(r => r[i].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.Append(string.Join("  ", row.Select((cell, i) => i == row.Length - 1 ? cell : cell.PadRight(widths[i]))).TrimEnd()).Append('\n');
        }

        text.Append('\n').Append(string.Join(", ", report.Summary.Outcomes.Select(p => $"{p.Key}: {p.Value}"))).Append($" (exit code {report.ExitCode})\n");
        foreach (var finding in report.Findings)
        {
            text.Append("- ").Append(finding.Message).Append('\n');
        }

        if (report.ManualSteps.Count > 0)
        {
            text.Append("\nWhen a manual step is done, record it: provisioner attest INVENTORY --device NAME --setting KEY\n");
        }

        return text.ToString();
    }
}
