using System.Globalization;
using System.Text;

namespace Provisioner.Delivery;

/// <summary>Writes a <see cref="DeliveryReport"/> as a plain-text table for people, followed by what to do for every device that did not deliver.</summary>
public static class DeliveryTextWriter
{
    /// <summary>Returns the text.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The text, ending with a newline.</returns>
    public static string ToText(DeliveryReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        string[] header = ["DEVICE", "STATUS", "LATENCY", "REACHED", "MISSED", "DEVICE RESULT"];
        var rows = report.Devices.Select(d => new[]
        {
            d.Device,
            d.Status,
            d.LatencyMs is { } ms ? string.Create(CultureInfo.InvariantCulture, $"{ms / 1000.0:0.0} s") : "-",
            d.GroupsReached.Count == 0 ? "-" : string.Join(", ", d.GroupsReached),
            d.GroupsMissed.Count == 0 ? "-" : string.Join(", ", d.GroupsMissed),
            d.DeviceResult ?? "-",
        }).ToList();
        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        var text = new StringBuilder();
        text.Append("Mailbox: ").Append(report.Mailbox).Append('\n');
        foreach (var row in rows.Prepend(header))
        {
            text.Append(string.Join("  ", row.Select((c, i) => i == row.Length - 1 ? c : c.PadRight(widths[i]))).TrimEnd()).Append('\n');
        }

        foreach (var d in report.Devices.Where(d => d.Status != "delivered"))
        {
            foreach (var x in d.Diagnostics)
            {
                text.Append(CultureInfo.InvariantCulture, $"{x.Severity}: [{d.Device}] {x.Summary}. {x.Detail}\n");
            }
        }

        if (report.MailboxProblem is { } problem)
        {
            text.Append("error: ").Append(problem).Append('\n');
        }

        if (report.CleanedUp is { } cleaned)
        {
            text.Append(CultureInfo.InvariantCulture, $"Cleanup: {cleaned} confirmed test message(s) deleted.\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"{report.Devices.Count(d => d.Status is "delivered" or "delivered-via-relay")} of {report.Devices.Count} device(s) delivered; exit code {report.ExitCode}.\n");
        return text.ToString();
    }
}
