namespace Provisioner.Abstractions;

/// <summary>Asks a session to capture its notification settings.</summary>
public sealed record SnapshotRequest
{
    /// <summary>The keys the engine is about to change; a driver may capture more.</summary>
    public IReadOnlySet<SettingKey> Keys { get; init; } = new HashSet<SettingKey>();
}
