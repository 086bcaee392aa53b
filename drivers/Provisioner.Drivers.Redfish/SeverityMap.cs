using Provisioner.Abstractions;

namespace Provisioner.Drivers.Redfish;

/// <summary>
/// Canonical minimum severity ↔ an EventDestination's <c>Severities</c> (EventDestination v1_13_0, values of
/// <c>Resource.Health</c>: OK, Warning, Critical). An empty or absent list means no filtering: every event.
/// </summary>
internal static class SeverityMap
{
    private static readonly string[] Scale = ["OK", "Warning", "Critical"];

    /// <summary>The least severe level a subscription receives, or null when the service does not filter by severity.</summary>
    /// <param name="severities">The subscription's <c>Severities</c>, or null when absent.</param>
    /// <param name="serviceFilters">Whether the service advertises <c>EventService.Severities</c>.</param>
    /// <returns>The level.</returns>
    public static AlertSeverity? ToLevel(IReadOnlyList<string>? severities, bool serviceFilters)
    {
        if (!serviceFilters)
        {
            return null;
        }

        if (severities is null || severities.Count == 0 || Has(severities, "OK"))
        {
            return AlertSeverity.Informational;
        }

        return Has(severities, "Warning") ? AlertSeverity.Warning : AlertSeverity.Critical;
    }

    /// <summary>The <c>Severities</c> that deliver <paramref name="level"/> and worse, limited to what the service advertises; null when Redfish has no such threshold (minor, major).</summary>
    /// <param name="level">The minimum level.</param>
    /// <param name="advertised">The service's <c>Severities</c>.</param>
    /// <returns>The list, or null.</returns>
    public static IReadOnlyList<string>? ToSeverities(AlertSeverity level, IReadOnlyList<string> advertised)
    {
        var from = level switch
        {
            AlertSeverity.Informational => 0,
            AlertSeverity.Warning => 1,
            AlertSeverity.Critical => 2,
            _ => -1,
        };
        return from < 0 ? null : [.. Scale.Skip(from).Where(s => Has(advertised, s))];
    }

    private static bool Has(IReadOnlyList<string> list, string value) => list.Any(s => string.Equals(s, value, StringComparison.OrdinalIgnoreCase));
}
