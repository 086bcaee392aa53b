using System.Globalization;

namespace Provisioner.Delivery;

/// <summary>The printable shape of a <see cref="DeliveryResult"/>: plain values with stable names, every text already redacted.</summary>
/// <param name="SchemaVersion">The JSON schema version.</param>
/// <param name="Command">Always <c>test</c>.</param>
/// <param name="Mailbox">The watched mailbox.</param>
/// <param name="StartedAt">Start time, ISO 8601 UTC.</param>
/// <param name="DurationMs">The run's duration.</param>
/// <param name="ExitCode">0 when every device delivered, else 1.</param>
/// <param name="Outcomes">Devices per status word.</param>
/// <param name="CleanedUp">Messages deleted by <c>--cleanup</c>, or null.</param>
/// <param name="MailboxProblem">Why the mailbox could not be read, or null.</param>
/// <param name="Devices">Per device.</param>
public sealed record DeliveryReport(
    int SchemaVersion,
    string Command,
    string Mailbox,
    string StartedAt,
    long DurationMs,
    int ExitCode,
    IReadOnlyDictionary<string, int> Outcomes,
    int? CleanedUp,
    string? MailboxProblem,
    IReadOnlyList<DeviceDeliveryReport> Devices)
{
    /// <summary>Builds the report of <paramref name="result"/>.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The report.</returns>
    public static DeliveryReport Of(DeliveryResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new DeliveryReport(
            DeliveryResult.SchemaVersion,
            "test",
            result.Mailbox,
            Time(result.StartedAt),
            (long)(result.FinishedAt - result.StartedAt).TotalMilliseconds,
            result.AllDelivered ? 0 : 1,
            result.Devices.GroupBy(d => DeliveryStatusNames.Of(d.Status)).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            result.CleanedUp,
            result.MailboxProblem,
            [.. result.Devices.Select(DeviceDeliveryReport.Of)]);
    }

    internal static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
