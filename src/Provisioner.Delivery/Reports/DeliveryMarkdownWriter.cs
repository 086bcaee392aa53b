using System.Globalization;
using System.Text;

namespace Provisioner.Delivery;

/// <summary>Writes a <see cref="DeliveryReport"/> as Markdown for a ticket: summary, a device table, then details for every device that did not deliver.</summary>
public static class DeliveryMarkdownWriter
{
    /// <summary>Returns the Markdown text.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The Markdown, ending with a newline.</returns>
    public static string ToMarkdown(DeliveryReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var md = new StringBuilder();
        Line(md, "# Provisioner test report: do alerts arrive?");
        Line(md);
        Line(md, $"- Mailbox: {Escape(report.Mailbox)}");
        Line(md, $"- Started: {report.StartedAt}, duration {report.DurationMs} ms, exit code {report.ExitCode}");
        Line(md, $"- Devices: {report.Devices.Count} — {string.Join(", ", report.Outcomes.Select(p => $"{p.Key} {p.Value}"))}");
        if (report.CleanedUp is { } cleaned)
        {
            Line(md, $"- Cleanup: {cleaned} confirmed test message(s) deleted from the mailbox");
        }

        if (report.MailboxProblem is { } problem)
        {
            Line(md, $"- **Mailbox problem:** {Escape(problem)}");
        }

        Line(md);
        Line(md, "| Device | Site | Status | Latency | Groups reached | Groups missed | Device result |");
        Line(md, "|---|---|---|---|---|---|---|");
        foreach (var d in report.Devices)
        {
            var latency = d.LatencyMs is { } ms ? string.Create(CultureInfo.InvariantCulture, $"{ms / 1000.0:0.0} s") : string.Empty;
            Line(md, $"| {Escape(d.Device)} | {Escape(d.Site)} | {d.Status} | {latency} | {Escape(string.Join(", ", d.GroupsReached))} | {Escape(string.Join(", ", d.GroupsMissed))} | {Escape(d.DeviceResult ?? string.Empty)} |");
        }

        foreach (var d in report.Devices.Where(d => d.Status != "delivered" || d.Diagnostics.Count > 0))
        {
            Line(md);
            Line(md, $"## {Escape(d.Device)}: {d.Status}");
            Line(md);
            Line(md, $"- Sender {Escape(d.Sender)}{(d.Token is null ? string.Empty : $", token `{d.Token}`")}{(d.CorrelatedBy is null ? string.Empty : $", matched by {d.CorrelatedBy}")}");
            if (d.ManualStep is { } step)
            {
                Line(md, $"- [ ] {Escape(step)}");
            }

            foreach (var x in d.Diagnostics)
            {
                Line(md, $"- **{x.Severity}** `{x.Code}`: {Escape(x.Summary)}. {Escape(x.Detail)}");
            }
        }

        return md.ToString();
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static void Line(StringBuilder md, string text = "") => md.Append(text).Append('\n');
}
