namespace Provisioner.Core.Reports;

/// <summary>
/// The report of one run, as the JSON and Markdown writers and the CLI's table print it: plain strings,
/// secrets already redacted. JSON property names are the snake_case of these property names; the
/// shape is versioned by <see cref="FormatVersion"/>.
/// </summary>
public sealed record RunReport
{
    /// <summary>The current <see cref="FormatVersion"/>.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>The report format version; 1. Incremented when a field is removed or changes meaning.</summary>
    public int FormatVersion { get; init; } = CurrentFormatVersion;

    /// <summary>The command: <c>plan</c>, <c>apply</c> or <c>diff</c>.</summary>
    public required string Command { get; init; }

    /// <summary>When the run started (UTC).</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>When the run finished (UTC).</summary>
    public required DateTimeOffset FinishedAt { get; init; }

    /// <summary>The run's wall time in milliseconds.</summary>
    public required long DurationMs { get; init; }

    /// <summary>True when the run was stopped before every device started.</summary>
    public required bool Cancelled { get; init; }

    /// <summary>The process exit code the run implies.</summary>
    public required int ExitCode { get; init; }

    /// <summary>Device counts.</summary>
    public required ReportSummary Summary { get; init; }

    /// <summary>Findings a person acts on, aggregated across devices, most devices first.</summary>
    public required IReadOnlyList<DriftFinding> Findings { get; init; }

    /// <summary>One entry per device, in inventory order.</summary>
    public required IReadOnlyList<DeviceReport> Devices { get; init; }

    /// <summary>
    /// The rollout checklist: every manual step of every device, in device order (JSON <c>manual_steps</c>).
    /// What a site's staff must still do by hand after this run.
    /// </summary>
    public IReadOnlyList<RolloutStepReport> ManualSteps { get; init; } = [];
}
