using Provisioner.Abstractions;

namespace Provisioner.Core;

/// <summary>
/// What happened to one device in one run: the comparisons before, the changes written, the read-back,
/// the outcome, diagnostics (already redacted) and timings.
/// </summary>
public sealed record DeviceResult
{
    /// <summary>The target the result is about.</summary>
    public required DeviceTarget Target { get; init; }

    /// <summary>The run mode.</summary>
    public required RunMode Mode { get; init; }

    /// <summary>The engine's verdict.</summary>
    public required DeviceOutcome Outcome { get; init; }

    /// <summary>What the device said it is; null when not reached.</summary>
    public IdentifyResponse? Identity { get; init; }

    /// <summary>The comparison of every desired setting with what the device held before, in catalogue order.</summary>
    public IReadOnlyList<SettingComparison> Before { get; init; } = [];

    /// <summary>The changes the engine asked the driver to write, in order (a rejected one is among them, with its diagnostic); empty in plan and diff.</summary>
    public IReadOnlyList<SettingChange> Changes { get; init; } = [];

    /// <summary>The comparison after writing (read-back); empty when nothing was written.</summary>
    public IReadOnlyList<SettingComparison> ReadBack { get; init; } = [];

    /// <summary>Changes a person must make by hand.</summary>
    public IReadOnlyList<ManualStep> ManualSteps { get; init; } = [];

    /// <summary>Everything noted about the device; secrets already redacted.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>Where the time went.</summary>
    public DeviceTimings Timings { get; init; } = new();

    /// <summary>How many attempts were made (more than 1 after timeout retries).</summary>
    public int Attempts { get; init; } = 1;

    /// <summary>The .NET type name of the exception that ended the device's work, for logs; null when none. The exception itself is not kept, so its unredacted text cannot leak.</summary>
    public string? FailureType { get; init; }

    /// <summary>True when the outcome counts as failed (see <see cref="DeviceOutcomeNames.IsFailure"/>).</summary>
    public bool Failed => Outcome.IsFailure();
}
