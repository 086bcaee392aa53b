using System.Diagnostics;
using System.Globalization;

namespace Provisioner.Benchmarks.Scale;

/// <summary>
/// CPU time and resident memory of this process. The peak (VmHWM) is read from /proc/self/status
/// and can be reset between scenarios (writing 5 to /proc/self/clear_refs), so each scenario gets
/// its own peak; where that is not possible the process-lifetime <see cref="Process.PeakWorkingSet64"/> is used.
/// </summary>
internal static class ProcessMeter
{
    /// <summary>Whether <see cref="ResetPeak"/> works here (Linux with a writable clear_refs).</summary>
    public static bool CanResetPeak { get; private set; } = true;

    /// <summary>CPU time (user + system) used by this process so far.</summary>
    public static TimeSpan CpuTime
    {
        get
        {
            using var process = Process.GetCurrentProcess();
            return process.TotalProcessorTime;
        }
    }

    /// <summary>Resets the peak resident set size to the current one.</summary>
    public static void ResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            CanResetPeak = false;
        }
    }

    /// <summary>The peak resident set size since start or the last <see cref="ResetPeak"/>, in bytes.</summary>
    /// <returns>Bytes.</returns>
    public static long PeakBytes() => Status("VmHWM:") ?? LifetimePeak();

    /// <summary>The current resident set size, in bytes.</summary>
    /// <returns>Bytes.</returns>
    public static long CurrentBytes() => Status("VmRSS:") ?? Environment.WorkingSet;

    private static long LifetimePeak()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    private static long? Status(string field)
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith(field, StringComparison.Ordinal))
                {
                    var kb = line[field.Length..].Trim().Split(' ')[0];
                    return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
            // Not Linux: fall back to the Process figures.
        }

        return null;
    }
}
