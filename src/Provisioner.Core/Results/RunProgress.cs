using Provisioner.Abstractions;

namespace Provisioner.Core;

/// <summary>A snapshot of a run's progress, reported after every device finishes, for a live progress bar.</summary>
public sealed record RunProgress
{
    /// <summary>The number of devices in the run.</summary>
    public required int Total { get; init; }

    /// <summary>Devices finished so far.</summary>
    public required int Completed { get; init; }

    /// <summary>Devices in flight now.</summary>
    public required int Running { get; init; }

    /// <summary>Finished devices per outcome.</summary>
    public required IReadOnlyDictionary<DeviceOutcome, int> Counts { get; init; }

    /// <summary>The device that just finished; null for the first report (run started).</summary>
    public DeviceResult? Last { get; init; }
}
