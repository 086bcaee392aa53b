namespace Provisioner.Abstractions;

/// <summary>
/// The canonical severity scale of an alert, least severe first. A device's minimum severity says
/// which alerts it e-mails: the guideline asks for <see cref="Warning"/> or worse. Drivers map their
/// device's scale onto this one (e.g. Eaton SC200 <c>warnings-And-Above(1)</c> is <see cref="Warning"/>).
/// </summary>
public enum AlertSeverity
{
    /// <summary>Informational events, e.g. "backup job finished". Not e-mailed under the guideline.</summary>
    Informational = 0,

    /// <summary>Warnings: something needs attention soon.</summary>
    Warning = 1,

    /// <summary>Minor alarms.</summary>
    Minor = 2,

    /// <summary>Major alarms.</summary>
    Major = 3,

    /// <summary>Critical alarms only.</summary>
    Critical = 4,
}
