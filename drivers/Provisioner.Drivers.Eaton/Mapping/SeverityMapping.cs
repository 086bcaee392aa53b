using Provisioner.Abstractions;

namespace Provisioner.Drivers.Eaton.Mapping;

/// <summary>Maps the canonical <see cref="AlertSeverity"/> to and from <see cref="SeverityLevel"/>.</summary>
public static class SeverityMapping
{
    /// <summary>Returns the wire level for <paramref name="severity"/>, or null for <see cref="AlertSeverity.Informational"/>, which the SC200 cannot express (its lowest level is warnings).</summary>
    /// <param name="severity">The canonical severity.</param>
    /// <returns>The wire level, or null.</returns>
    public static SeverityLevel? ToWire(AlertSeverity severity) => severity switch
    {
        AlertSeverity.Warning => SeverityLevel.WarningsAndAbove,
        AlertSeverity.Minor => SeverityLevel.MinorAndAbove,
        AlertSeverity.Major => SeverityLevel.MajorAndAbove,
        AlertSeverity.Critical => SeverityLevel.CriticalOnly,
        _ => null,
    };

    /// <summary>Returns the canonical severity for a wire level; null for <c>none(4)</c> and for values outside the enumeration.</summary>
    /// <param name="level">The integer read from <c>email-Receiver-Level</c>.</param>
    /// <returns>The canonical severity, or null when the recipient gets nothing.</returns>
    public static AlertSeverity? FromWire(int level) => (SeverityLevel)level switch
    {
        SeverityLevel.WarningsAndAbove => AlertSeverity.Warning,
        SeverityLevel.MinorAndAbove => AlertSeverity.Minor,
        SeverityLevel.MajorAndAbove => AlertSeverity.Major,
        SeverityLevel.CriticalOnly => AlertSeverity.Critical,
        _ => null,
    };
}
