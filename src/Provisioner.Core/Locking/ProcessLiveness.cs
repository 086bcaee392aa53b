using System.Diagnostics;
using System.Globalization;

namespace Provisioner.Core;

/// <summary>
/// Tells whether the process that wrote a lock or a lab map still runs, robust against process-id
/// reuse: besides the id it compares the process start stamp (on Linux field 22 of
/// <c>/proc/PID/stat</c>, clock ticks since boot; elsewhere <see cref="Process.StartTime"/> in UTC ticks).
/// A live process whose stamp differs is another program that got the same id (PID reuse, or PID 1 in
/// a container), so the writer is gone.
/// </summary>
public static class ProcessLiveness
{
    /// <summary>The start stamp of the current process.</summary>
    /// <returns>The stamp, or null when the platform does not tell.</returns>
    public static string? CurrentStartStamp() => StartStamp(Environment.ProcessId);

    /// <summary>Returns the start stamp of process <paramref name="processId"/>, or null when it does not run or the platform does not tell.</summary>
    /// <param name="processId">The process id.</param>
    /// <returns>The stamp, e.g. <c>linux:123456</c>, or null.</returns>
    public static string? StartStamp(int processId)
    {
        if (processId <= 0)
        {
            return null;
        }

        if (OperatingSystem.IsLinux())
        {
            return LinuxStartTicks(processId) is { } ticks ? "linux:" + ticks : null;
        }

        try
        {
            using var process = Process.GetProcessById(processId);
            return "utc:" + process.StartTime.ToUniversalTime().Ticks.ToString(CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Whether the process that recorded (<paramref name="processId"/>, <paramref name="startStamp"/>) still runs.</summary>
    /// <param name="processId">The recorded process id.</param>
    /// <param name="startStamp">The recorded start stamp; null (a file written before stamps were recorded) checks the id only.</param>
    /// <returns>True when a process with that id runs and, when a stamp was recorded, started at that moment.</returns>
    public static bool IsRunning(int processId, string? startStamp)
    {
        if (processId <= 0 || !IdRuns(processId))
        {
            return false;
        }

        return startStamp is null || string.Equals(StartStamp(processId), startStamp, StringComparison.Ordinal);
    }

    /// <summary>Whether process <paramref name="processId"/> runs and started after <paramref name="moment"/> (so it cannot have written something at that moment).</summary>
    /// <param name="processId">The process id.</param>
    /// <param name="moment">When the record was written.</param>
    /// <returns>True when the process is younger than the record; false when it is older, gone, or the platform does not tell.</returns>
    public static bool StartedAfter(int processId, DateTimeOffset moment)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return new DateTimeOffset(process.StartTime.ToUniversalTime(), TimeSpan.Zero) > moment + TimeSpan.FromSeconds(1);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            return false;
        }
    }

    private static bool IdRuns(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private static string? LinuxStartTicks(int processId)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{processId.ToString(CultureInfo.InvariantCulture)}/stat");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        // Field 2 (comm) is in parentheses and may hold spaces: count the fields after its closing one.
        var close = stat.LastIndexOf(')');
        if (close < 0)
        {
            return null;
        }

        var fields = stat[(close + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);

        // fields[0] is field 3 (state); field 22 (starttime) is fields[19].
        return fields.Length > 19 ? fields[19] : null;
    }
}
