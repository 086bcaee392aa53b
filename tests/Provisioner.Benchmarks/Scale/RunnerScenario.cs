using System.Diagnostics;
using System.Globalization;
using Provisioner.Abstractions;
using Provisioner.Core;
using Provisioner.Core.Reports;
using Provisioner.Drivers.Eaton.Sc200;
using Provisioner.Snmp.Client;

namespace Provisioner.Benchmarks.Scale;

/// <summary>
/// One plan or apply over the whole fleet through the real engine, runner and Eaton driver, built as
/// the CLI builds them (one <see cref="SnmpClient"/>, a fresh engine and redactor per run, a progress
/// sink, the JSON report at the end), measured for wall time, CPU, peak memory and allocations.
/// </summary>
internal static class RunnerScenario
{
    public static async Task<ScaleFigure> RunAsync(
        string scenario, ScaleLab lab, IReadOnlyList<DeviceTarget> targets, RunMode mode, int parallel, ScaleOptions options, CancellationToken cancellationToken)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        await lab.ResetPeakAsync();
        var (labCpu0, _) = await lab.StatsAsync();
        ProcessMeter.ResetPeak();
        var gen0 = GC.CollectionCount(0);
        var gen2 = GC.CollectionCount(2);
        var allocated0 = GC.GetTotalAllocatedBytes(precise: false);
        var cpu0 = ProcessMeter.CpuTime;
        var clock = Stopwatch.StartNew();

        RunResult result;
        SecretRedactor redactor;
        await using (var client = new SnmpClient())
        {
            var engine = new DeviceEngine(
                new DriverCatalog([new EatonSc200Driver(client)]),
                new FleetSecrets(),
                new SecretRedactor(),
                new EngineOptions { RequestTimeout = TimeSpan.FromMilliseconds(options.TimeoutMs) },
                TimeProvider.System);
            var runner = new ProvisioningRunner(
                engine,
                new RunnerOptions { MaxParallel = parallel, MaxPerSite = parallel, MaxPerDriver = parallel, RetryDelay = TimeSpan.FromMilliseconds(options.RetryDelayMs) },
                TimeProvider.System);
            result = await runner.RunAsync(targets, mode, new LatestProgress(), cancellationToken);
            redactor = engine.Redactor;
        }

        var wall = clock.Elapsed;
        var cpu = ProcessMeter.CpuTime - cpu0;
        var peak = ProcessMeter.PeakBytes();
        var allocated = GC.GetTotalAllocatedBytes(precise: false) - allocated0;
        var (gen0s, gen2s) = (GC.CollectionCount(0) - gen0, GC.CollectionCount(2) - gen2);
        var (labCpu1, labPeak) = await lab.StatsAsync();
        var report = await ReportAsync(result, redactor, cancellationToken);
        var outcomes = string.Join(", ", result.Counts.OrderByDescending(c => c.Value).Select(c => $"{c.Key.ToKebabCase()} {c.Value}"));
        var retried = result.Devices.Count(d => d.Attempts > 1);
        var slowest = result.Devices.Max(d => d.Timings.Total);
        var note = string.Create(
            CultureInfo.InvariantCulture,
            $"{allocated / 1048576.0:F0} MB allocated, GCs gen0 {gen0s} / gen2 {gen2s}, {retried} devices retried by the runner, slowest device {slowest.TotalMilliseconds:F0} ms; then {report}");
        return new ScaleFigure(scenario, targets.Count, parallel, wall, cpu, peak, labCpu1 - labCpu0, labPeak, outcomes, note);
    }

    /// <summary>Streams the run's JSON report to a file, as <c>--report FILE</c> does, and measures that apart from the run.</summary>
    private static async Task<string> ReportAsync(RunResult result, SecretRedactor redactor, CancellationToken cancellationToken)
    {
        var live = GC.GetTotalMemory(forceFullCollection: true);
        ProcessMeter.ResetPeak();
        var cpu0 = ProcessMeter.CpuTime;
        var clock = Stopwatch.StartNew();
        var path = Path.GetTempFileName();
        try
        {
            await using (var file = File.Create(path))
            {
                await JsonReportWriter.WriteAsync(RunReportBuilder.Build(result, redactor), file, cancellationToken);
            }

            return string.Create(
                CultureInfo.InvariantCulture,
                $"JSON report ({new FileInfo(path).Length / 1048576.0:F0} MB) streamed in {clock.Elapsed.TotalSeconds:F2} s wall, {(ProcessMeter.CpuTime - cpu0).TotalSeconds:F2} s CPU, peak {ProcessMeter.PeakBytes() / 1048576.0:F0} MB; results held {live / 1048576.0:F0} MB of managed heap");
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Keeps the latest progress report, as the CLI's progress bar does between redraws.</summary>
    private sealed class LatestProgress : IProgress<RunProgress>
    {
        public RunProgress? Latest { get; private set; }

        public void Report(RunProgress value) => Latest = value;
    }
}
