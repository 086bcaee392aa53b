namespace Provisioner.Abstractions;

/// <summary>Asks a session to commit what it wrote.</summary>
public sealed record CommitRequest
{
    /// <summary>The keys written since the session opened, for drivers that commit per section.</summary>
    public IReadOnlyList<SettingKey> Written { get; init; } = [];
}
