using Provisioner.Abstractions;
using Provisioner.Core;
using Provisioner.Lab.Hosting;

namespace Provisioner.Cli.Running;

/// <summary>The result of a device a lab run left out because the lab does not simulate it: <c>skipped</c>, saying why.</summary>
internal static class NotSimulatedResult
{
    /// <summary>Why the lab has no device for <paramref name="target"/>.</summary>
    public static string Why(DeviceTarget target) =>
        LabModelCatalog.Has(target.DriverId) ? "it is not in the lab's address map; restart the lab for this inventory" : $"driver {target.DriverId} has no lab model";

    /// <summary>Returns <paramref name="run"/> with one skipped result per device in <paramref name="notSimulated"/>, after the others.</summary>
    public static RunResult AddTo(RunResult run, IReadOnlyList<DeviceTarget> notSimulated) =>
        notSimulated.Count == 0 ? run : run with { Devices = [.. run.Devices, .. notSimulated.Select(t => For(t, run))] };

    private static DeviceResult For(DeviceTarget target, RunResult run) => new()
    {
        Target = target,
        Mode = run.Mode,
        Outcome = DeviceOutcome.Skipped,
        Attempts = 0,
        Timings = new DeviceTimings { StartedAt = run.StartedAt },
        Diagnostics = [Diagnostic.Warning("lab.notSimulated", "Not simulated by the lab; not contacted", $"The lab does not simulate this device: {Why(target)}. A lab run never contacts a real device.") with { Device = target.Name }],
    };
}
