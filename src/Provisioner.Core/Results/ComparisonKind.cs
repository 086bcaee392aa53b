namespace Provisioner.Core;

/// <summary>The three-way comparison of one setting, plus not-supported.</summary>
public enum ComparisonKind
{
    /// <summary><c>match</c>: the device holds the desired value (after normalisation).</summary>
    Match = 0,

    /// <summary><c>differs</c>: the device holds something else; apply writes it.</summary>
    Differs = 1,

    /// <summary><c>unverifiable</c>: the setting is write-only; its value cannot be compared.</summary>
    Unverifiable = 2,

    /// <summary><c>not-supported</c>: the driver or this firmware lacks the setting.</summary>
    NotSupported = 3,
}
