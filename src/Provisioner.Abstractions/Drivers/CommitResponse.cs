namespace Provisioner.Abstractions;

/// <summary>The result of <see cref="ISupportsCommit.CommitAsync"/>.</summary>
public sealed record CommitResponse
{
    /// <summary>True when the device confirmed the commit; false with an error diagnostic when it refused.</summary>
    public required bool Committed { get; init; }

    /// <summary>Why the commit failed or what it noted.</summary>
    public DiagnosticList Diagnostics { get; init; } = [];
}
