namespace Provisioner.Abstractions;

/// <summary>The result of <see cref="ISupportsSnapshot.RestoreAsync"/>.</summary>
public sealed record RestoreResponse
{
    /// <summary>True when the device is back to the snapshot.</summary>
    public required bool Restored { get; init; }

    /// <summary>Why restoring failed, with setting paths.</summary>
    public DiagnosticList Diagnostics { get; init; } = [];
}
