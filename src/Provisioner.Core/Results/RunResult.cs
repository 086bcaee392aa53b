using Provisioner.Abstractions;

namespace Provisioner.Core;

/// <summary>
/// The result of one run over many devices, and the process exit code it implies:
/// plan 0 nothing to change / 2 changes pending; apply 0 all ok-or-changed; diff 0 no drift / 2 drift;
/// every command 1 when any device failed (unreachable, timeout, rejected, reverted, skipped...).
/// </summary>
public sealed record RunResult
{
    /// <summary>Exit code: success, nothing pending.</summary>
    public const int ExitOk = 0;

    /// <summary>Exit code: at least one device failed.</summary>
    public const int ExitFailed = 1;

    /// <summary>Exit code: plan found changes pending, or diff found drift.</summary>
    public const int ExitPending = 2;

    /// <summary>The run mode.</summary>
    public required RunMode Mode { get; init; }

    /// <summary>One result per target, in the order the targets were given.</summary>
    public required IReadOnlyList<DeviceResult> Devices { get; init; }

    /// <summary>When the run started.</summary>
    public DateTimeOffset StartedAt { get; init; }

    /// <summary>When the last device finished.</summary>
    public DateTimeOffset FinishedAt { get; init; }

    /// <summary>True when the run was interrupted (Ctrl-C, SIGTERM) before every device finished; those devices are <c>skipped</c>.</summary>
    public bool Cancelled { get; init; }

    /// <summary>The devices that failed.</summary>
    public IEnumerable<DeviceResult> FailedDevices => Devices.Where(d => d.Failed);

    /// <summary>True when any device failed.</summary>
    public bool Failed => Devices.Any(d => d.Failed);

    /// <summary>True when plan or diff found settings that differ.</summary>
    public bool HasPendingChanges => Devices.Any(d => d.Outcome == DeviceOutcome.WouldChange);

    /// <summary>How many devices ended with each outcome; outcomes with no device are absent.</summary>
    public IReadOnlyDictionary<DeviceOutcome, int> Counts =>
        Devices.GroupBy(d => d.Outcome).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>The process exit code (see the type's summary).</summary>
    public int ExitCode => Failed ? ExitFailed : Mode != RunMode.Apply && HasPendingChanges ? ExitPending : ExitOk;
}
