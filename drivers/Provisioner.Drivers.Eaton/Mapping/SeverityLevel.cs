namespace Provisioner.Drivers.Eaton.Mapping;

/// <summary>RPS-SC200-MIB <c>Severity-Level</c>, the per-recipient threshold of <c>email-Receiver-Level</c>.</summary>
public enum SeverityLevel
{
    /// <summary><c>warnings-And-Above(1)</c>.</summary>
    WarningsAndAbove = 1,

    /// <summary><c>minor-And-Above(2)</c>.</summary>
    MinorAndAbove = 2,

    /// <summary><c>major-And-Above(3)</c>.</summary>
    MajorAndAbove = 3,

    /// <summary><c>none(4)</c>: the recipient gets no alarms (the DEFVAL).</summary>
    None = 4,

    /// <summary><c>critical-Only(5)</c>.</summary>
    CriticalOnly = 5,
}
