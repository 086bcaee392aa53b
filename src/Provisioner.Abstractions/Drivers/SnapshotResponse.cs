namespace Provisioner.Abstractions;

/// <summary>The result of <see cref="ISupportsSnapshot.SnapshotAsync"/>.</summary>
public sealed record SnapshotResponse
{
    /// <summary>The captured state.</summary>
    public required DeviceSnapshot Snapshot { get; init; }

    /// <summary>Notes and warnings, e.g. a value that could not be captured.</summary>
    public DiagnosticList Diagnostics { get; init; } = [];
}
