using System.Diagnostics;
using System.Globalization;

namespace Provisioner.Benchmarks.Scale;

/// <summary>Wall time, CPU time and peak working set of one measured step.</summary>
internal sealed record Measurement(string Step, int Devices, TimeSpan Wall, TimeSpan Cpu, long PeakBytes, string Outcomes)
{
    public static async Task<(Measurement Result, T Value)> TakeAsync<T>(string step, int devices, Func<Task<T>> body, Func<T, string> outcomes)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var value = await body();
        watch.Stop();
        process.Refresh();
        return (new Measurement(step, devices, watch.Elapsed, process.TotalProcessorTime - cpu, process.PeakWorkingSet64, outcomes(value)), value);
    }

    public string ToRow() => string.Create(
        CultureInfo.InvariantCulture,
        $"| {Step} | {Devices} | {Wall.TotalSeconds:0.00} s | {Devices / Wall.TotalSeconds:0} | {Cpu.TotalSeconds:0.00} s | {PeakBytes / 1024.0 / 1024.0:0} MB | {Outcomes} |");
}
