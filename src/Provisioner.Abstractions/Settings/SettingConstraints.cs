namespace Provisioner.Abstractions;

/// <summary>
/// What values a device accepts for one setting, checked by the engine before any I/O so an
/// inventory value a device would refuse is reported up front. Every property is optional; null means
/// "no limit". Example: Eaton SC200 <c>smtp.from</c> has <c>MaxLength = 64</c>.
/// </summary>
public sealed record SettingConstraints
{
    /// <summary>No constraints.</summary>
    public static SettingConstraints None { get; } = new();

    /// <summary>The longest text (in characters) the device stores; for lists, per element address.</summary>
    public int? MaxLength { get; init; }

    /// <summary>The smallest accepted whole number, inclusive.</summary>
    public long? Minimum { get; init; }

    /// <summary>The largest accepted whole number, inclusive.</summary>
    public long? Maximum { get; init; }

    /// <summary>The accepted enum values by canonical name (e.g. <c>none</c>, <c>starttls</c>); null for any.</summary>
    public IReadOnlyList<string>? AllowedValues { get; init; }

    /// <summary>For list settings: the most elements the device holds (e.g. its recipient slots).</summary>
    public int? MaxItems { get; init; }
}
