namespace Provisioner.Abstractions;

/// <summary>The changes to write, in order; only settings that differ.</summary>
public sealed record WriteRequest
{
    /// <summary>The changes, applied in list order.</summary>
    public required IReadOnlyList<SettingChange> Changes { get; init; }
}
