using System.Globalization;
using System.Text;

namespace Provisioner.Core.Reports;

/// <summary>
/// Writes a <see cref="RunReport"/> as Markdown for a ticket or a wiki page: summary, findings, a device
/// table, then details for every device that is not plain <c>ok</c>.
/// </summary>
public static class MarkdownReportWriter
{
    /// <summary>Returns the Markdown text.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The Markdown, ending with a newline.</returns>
    public static string ToMarkdown(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var md = new StringBuilder();
        Line(md, $"# Provisioner {report.Command} report");
        Line(md);
        Line(md, $"- Started: {report.StartedAt.ToString("u", CultureInfo.InvariantCulture)}, duration {report.DurationMs} ms, exit code {report.ExitCode}{(report.Cancelled ? ", **stopped before all devices ran**" : string.Empty)}");
        Line(md, $"- Devices: {report.Summary.Devices}" + (report.Summary.Outcomes.Count == 0 ? string.Empty : " — " + string.Join(", ", report.Summary.Outcomes.Select(p => $"{p.Key} {p.Value}"))));
        var findings = report.Findings.Where(f => f.Kind != FindingKinds.ManualStep).ToList();
        if (findings.Count > 0)
        {
            Line(md);
            Line(md, "## Findings");
            Line(md);
            foreach (var f in findings)
            {
                Line(md, $"- {Escape(f.Message)}");
            }
        }

        if (report.ManualSteps.Count > 0)
        {
            Checklist(md, report.ManualSteps);
        }

        Line(md);
        Line(md, "## Devices");
        Line(md);
        Line(md, "| Device | Site | Driver | Outcome | Changes |");
        Line(md, "|---|---|---|---|---|");
        foreach (var d in report.Devices)
        {
            var changes = d.Changes.Count > 0 ? d.Changes.Select(c => c.Setting) : d.Before.Where(c => c.Comparison == "differs").Select(c => c.Setting);
            Line(md, $"| {Escape(d.Name)} | {Escape(d.Site)} | {Escape(d.Driver)} | {d.Outcome} | {Escape(string.Join(", ", changes))} |");
        }

        foreach (var d in report.Devices.Where(d => d.Outcome != "ok" || d.Diagnostics.Count > 0))
        {
            Details(md, d);
        }

        return md.ToString();
    }

    private static void Details(StringBuilder md, DeviceReport d)
    {
        Line(md);
        Line(md, $"### {Escape(d.Name)}: {d.Outcome}");
        if (d.Before.Any(c => c.Comparison != "match"))
        {
            Line(md);
            Line(md, "| Setting | Comparison | Inventory | Device |");
            Line(md, "|---|---|---|---|");
            foreach (var c in d.Before.Where(c => c.Comparison != "match"))
            {
                Line(md, $"| {c.Setting} | {c.Comparison} | {Escape(c.Desired)} | {Escape(c.Actual)} |");
            }
        }

        if (d.Changes.Count > 0)
        {
            Line(md);
            Line(md, "Changes written:");
            Line(md);
            foreach (var c in d.Changes)
            {
                Line(md, $"- `{c.Setting}`: {Escape(c.From)} → {Escape(c.To)}");
            }
        }

        if (d.Diagnostics.Count > 0)
        {
            Line(md);
            foreach (var x in d.Diagnostics)
            {
                var path = x.Path is null ? string.Empty : $" at `{x.Path}`";
                Line(md, $"- **{x.Severity}** `{x.Code}`{path}: {Escape(x.Summary)}. {Escape(x.Detail)}");
            }
        }
    }

    private static void Checklist(StringBuilder md, IReadOnlyList<RolloutStepReport> steps)
    {
        Line(md);
        Line(md, "## Rollout checklist");
        Line(md);
        Line(md, "These settings cannot be made over the devices' APIs. Set each by hand, then record it with `provisioner attest INVENTORY --device NAME --setting KEY` so that later runs stop asking until the inventory's value changes.");
        Line(md);
        foreach (var g in RolloutStepGroup.Group(steps))
        {
            var value = g.Value is null ? string.Empty : $" → {Escape(g.Value)}";
            var n = g.Steps.Count;
            if (g.Value is not null)
            {
                Line(md, $"- [ ] `{g.Setting}`{value}: {Escape(g.What)} — {Escape(g.Where)}; {Phrasing.Devices(n)}: {Escape(Phrasing.List(g.Steps.Select(Device)))}");
                continue;
            }

            Line(md, $"- [ ] `{g.Setting}`: {Escape(g.What)} — {Escape(g.Where)}; {Phrasing.Devices(n)}:");
            foreach (var s in g.Steps)
            {
                Line(md, $"  - [ ] {Escape(Device(s))}{(s.Value is null ? string.Empty : " → " + Escape(s.Value))}");
            }
        }
    }

    private static string Device(RolloutStepReport step) => $"**{step.Device}** ({step.Site}, {step.Address})";

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static void Line(StringBuilder md, string text = "") => md.Append(text).Append('\n');
}
