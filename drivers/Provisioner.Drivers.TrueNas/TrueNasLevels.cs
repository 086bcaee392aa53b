using Provisioner.Abstractions;

namespace Provisioner.Drivers.TrueNas;

/// <summary>
/// Canonical severities ↔ the alert-service <c>level</c> (<c>AlertLevel</c>: INFO, NOTICE, WARNING, ERROR, CRITICAL,
/// ALERT, EMERGENCY). Written: informational INFO, warning WARNING, minor ERROR, critical CRITICAL; <c>major</c> has no
/// level between ERROR and CRITICAL and is refused by the descriptor. Read: NOTICE counts as warning (it mails warnings
/// and more), ALERT and EMERGENCY as critical with a warning (they drop CRITICAL alerts).
/// </summary>
internal static class TrueNasLevels
{
    /// <summary>The canonical words the driver can write.</summary>
    public static IReadOnlyList<string> Words { get; } = ["informational", "warning", "minor", "critical"];

    /// <summary>The wire level of a canonical severity, or null when TrueNAS has none.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>E.g. <c>WARNING</c>.</returns>
    public static string? ToWire(AlertSeverity severity) => severity switch
    {
        AlertSeverity.Informational => "INFO",
        AlertSeverity.Warning => "WARNING",
        AlertSeverity.Minor => "ERROR",
        AlertSeverity.Critical => "CRITICAL",
        _ => null,
    };

    /// <summary>The canonical severity of a wire level.</summary>
    /// <param name="level">The level, any case.</param>
    /// <returns>The severity, or null for an unknown level.</returns>
    public static AlertSeverity? FromWire(string? level) => level?.ToUpperInvariant() switch
    {
        "INFO" => AlertSeverity.Informational,
        "NOTICE" or "WARNING" => AlertSeverity.Warning,
        "ERROR" => AlertSeverity.Minor,
        "CRITICAL" or "ALERT" or "EMERGENCY" => AlertSeverity.Critical,
        _ => null,
    };

    /// <summary>Whether a wire level is read as a stricter canonical severity than it is (ALERT, EMERGENCY).</summary>
    /// <param name="level">The level.</param>
    /// <returns>True when reading it loses alerts.</returns>
    public static bool IsStricterThanRead(string? level) => level?.ToUpperInvariant() is "ALERT" or "EMERGENCY";
}
