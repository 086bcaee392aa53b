namespace Provisioner.Abstractions;

/// <summary>Asks a session to restore a snapshot it took.</summary>
public sealed record RestoreRequest
{
    /// <summary>The snapshot from <see cref="ISupportsSnapshot.SnapshotAsync"/> of the same session.</summary>
    public required DeviceSnapshot Snapshot { get; init; }
}
