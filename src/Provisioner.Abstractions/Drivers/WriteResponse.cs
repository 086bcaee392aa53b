namespace Provisioner.Abstractions;

/// <summary>The result of a <see cref="WriteRequest"/>.</summary>
public sealed record WriteResponse
{
    /// <summary>The status of every requested key.</summary>
    public required IReadOnlyDictionary<SettingKey, WriteStatus> Statuses { get; init; }

    /// <summary>Why values were rejected or not supported, with setting paths.</summary>
    public DiagnosticList Diagnostics { get; init; } = [];
}
