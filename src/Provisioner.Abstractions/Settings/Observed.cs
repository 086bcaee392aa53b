namespace Provisioner.Abstractions;

/// <summary>
/// What a driver can say about one setting it was asked to read. Exactly one of:
/// <see cref="Known"/> (read successfully), <see cref="WriteOnly"/> (exists, cannot be read),
/// <see cref="NotSupported"/> (this model or firmware lacks it) or <see cref="Absent"/> (supported but
/// unset, e.g. an empty relay field).
/// </summary>
public abstract record Observed
{
    private Observed()
    {
    }

    /// <summary>The setting was read: <see cref="Value"/> is what the device holds, already in canonical form.</summary>
    /// <param name="Value">The canonical value.</param>
    public sealed record Known(SettingValue Value) : Observed;

    /// <summary>The setting exists but the device never shows it (passwords); the comparison is unverifiable.</summary>
    public sealed record WriteOnly() : Observed;

    /// <summary>The device lacks the setting; a warning, the run continues.</summary>
    /// <param name="Reason">Why, e.g. <c>firmware 1.2 has no SMTP port field</c>.</param>
    public sealed record NotSupported(string Reason) : Observed;

    /// <summary>The setting is supported but holds nothing (an empty field); compares equal to an empty desired value.</summary>
    public sealed record Absent() : Observed;
}
