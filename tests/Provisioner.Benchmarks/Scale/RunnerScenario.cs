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
        TimeSpan runTime;
        string json;
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
            var progress = new LatestProgress();
            result = await runner.RunAsync(targets, mode, progress, cancellationToken);
            runTime = clock.Elapsed;
            json = JsonReportWriter.ToJson(RunReportBuilder.Build(result, engine.Redactor));
        }

        var wall = clock.Elapsed;
        var cpu = ProcessMeter.CpuTime - cpu0;
        var peak = ProcessMeter.PeakBytes();
        var allocated = GC.GetTotalAllocatedBytes(precise: false) - allocated0;
        var reportLength = json.Length;
        json = string.Empty;
        var retained = GC.GetTotalMemory(forceFullCollection: true);
        var (labCpu1, labPeak) = await lab.StatsAsync();
        var outcomes = string.Join(", ", result.Counts.OrderByDescending(c => c.Value).Select(c => $"{c.Key.ToKebabCase()} {c.Value}"));
        var retried = result.Devices.Count(d => d.Attempts > 1);
        var slowest = result.Devices.Max(d => d.Timings.Total);
        var note = string.Create(
            CultureInfo.InvariantCulture,
            $"runner {runTime.TotalSeconds:F2} s + JSON report {(wall - runTime).TotalSeconds:F2} s, {allocated / 1048576.0:F0} MB allocated, {retained / 1048576.0:F0} MB live after the run (results),  GCs gen0 {GC.CollectionCount(0) - gen0} / gen2 {GC.CollectionCount(2) - gen2}, {retried} devices retried, slowest device {slowest.TotalMilliseconds:F0} ms, JSON report {reportLength / 1048576.0:F1} MB");
        return new ScaleFigure(scenario, targets.Count, parallel, wall, cpu, peak, labCpu1 - labCpu0, labPeak, outcomes, note);
    }

    /// <summary>Keeps the latest progress report, as the CLI's progress bar does between redraws.</summary>
    private sealed class LatestProgress : IProgress<RunProgress>
    {
        public RunProgress? Latest { get; private set; }

        public void Report(RunProgress value) => Latest = value;
    }
}
