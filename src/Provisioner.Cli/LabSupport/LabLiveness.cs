using Provisioner.Core;
using Provisioner.Lab.State;

namespace Provisioner.Cli.LabSupport;

/// <summary>Whether the <c>lab up</c> process that wrote an address map still runs (process id and start stamp).</summary>
internal static class LabLiveness
{
    /// <summary>True when the map's process runs and is the one that wrote it (not a reused id).</summary>
    public static bool IsRunning(LabMap map) => map.ProcessId > 0 && ProcessLiveness.IsRunning(map.ProcessId, map.ProcessStart);

    /// <summary>The map this process writes: its own id and start stamp.</summary>
    public static LabMap Stamp(LabMap map) => map with { ProcessId = Environment.ProcessId, ProcessStart = ProcessLiveness.CurrentStartStamp() };

    /// <summary>True when the map at <paramref name="path"/> is the one this process wrote (so it may delete it).</summary>
    public static async Task<bool> IsOursAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            var map = await LabMap.LoadAsync(path, cancellationToken).ConfigureAwait(false);
            return map.ProcessId == Environment.ProcessId && map.ProcessStart == ProcessLiveness.CurrentStartStamp();
        }
        catch (LabStateException)
        {
            return false;
        }
    }

    /// <summary>The words for a map whose process is gone.</summary>
    public static string Stale(LabMap map, string path) =>
        $"Lab not running (stale map from PID {map.ProcessId}): {path}.";
}
