using Provisioner.Abstractions;

namespace Provisioner.Drivers.NetApp;

/// <summary>
/// The canonical minimum severity ↔ the EMS filter the driver's destinations are bound to. ONTAP's severities are
/// <c>emergency, alert, error, notice, informational, debug</c>; the built-in <c>no-info-debug-events</c>
/// (<c>emergency,alert,error,notice</c>) and <c>important-events</c> (emergency and alert, plus <c>callhome.*</c> errors)
/// are used where they fit, and the driver creates <c>provisioner-info-events</c> and <c>provisioner-error-events</c>
/// for the other levels (rest-ssh-apis.md §5). ONTAP has one <c>error</c> level, so canonical <c>minor</c> cannot be held
/// apart from <c>major</c>: the descriptor does not allow it.
/// </summary>
internal static class SeverityFilters
{
    /// <summary>The built-in filter for warning and worse.</summary>
    public const string NoInfoDebug = "no-info-debug-events";

    /// <summary>The built-in filter for critical events.</summary>
    public const string Important = "important-events";

    /// <summary>The driver's filter for informational and worse.</summary>
    public const string InfoEvents = OntapAssumptions.FilterPrefix + "info-events";

    /// <summary>The driver's filter for error (major) and worse.</summary>
    public const string ErrorEvents = OntapAssumptions.FilterPrefix + "error-events";

    /// <summary>The canonical levels the driver can hold.</summary>
    public static IReadOnlyList<string> AllowedValues { get; } = ["informational", "warning", "major", "critical"];

    /// <summary>The filter for a level, or null when ONTAP cannot hold it.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The filter name.</returns>
    public static string? FilterFor(AlertSeverity level) => level switch
    {
        AlertSeverity.Informational => InfoEvents,
        AlertSeverity.Warning => NoInfoDebug,
        AlertSeverity.Major => ErrorEvents,
        AlertSeverity.Critical => Important,
        _ => null,
    };

    /// <summary>The level a filter stands for, or null for a filter the driver does not know.</summary>
    /// <param name="filter">The filter name.</param>
    /// <returns>The level.</returns>
    public static AlertSeverity? LevelOf(string filter) => filter switch
    {
        InfoEvents => AlertSeverity.Informational,
        NoInfoDebug => AlertSeverity.Warning,
        ErrorEvents => AlertSeverity.Major,
        Important => AlertSeverity.Critical,
        _ => null,
    };

    /// <summary>The severities of the include rule of a filter the driver creates; null for a built-in filter.</summary>
    /// <param name="filter">The filter name.</param>
    /// <returns>The comma-separated severities.</returns>
    public static string? OwnRuleSeverities(string filter) => filter switch
    {
        InfoEvents => "emergency,alert,error,notice,informational",
        ErrorEvents => "emergency,alert,error",
        _ => null,
    };

    /// <summary>The severity of the test event: the least severe one the filter lets through.</summary>
    /// <param name="filter">The filter name.</param>
    /// <returns>An ONTAP severity.</returns>
    public static string TestSeverityFor(string filter) => filter switch
    {
        InfoEvents => "informational",
        NoInfoDebug => "notice",
        ErrorEvents => "error",
        _ => "alert",
    };
}
