using System.Globalization;
using System.Runtime;
using Provisioner.Core;

namespace Provisioner.Benchmarks.Scale;

/// <summary>
/// The <c>scale</c> mode (issue 4): a lab of N Eaton SC200 agents in one process, <c>plan</c> and
/// <c>apply</c> over all of them through the real runner, without faults (for each <c>--parallel</c>
/// of the sweep) and with latency and loss, next to a bash loop of net-snmp tools over a sample of
/// the same lab, extrapolated to N. Prints Markdown for docs/benchmarks/engine.md.
/// Run: <c>dotnet run -c Release --project tests/Provisioner.Benchmarks -- scale</c>.
/// </summary>
internal static class ScaleBenchmark
{
    public static async Task<int> RunAsync(ScaleOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        output.WriteLine($"# {options.ToCommandLine()}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# {Environment.ProcessorCount} CPUs, .NET {Environment.Version}, server GC {GCSettings.IsServerGC}, load average at start {ScaleTable.LoadAverage()}"));
        await using var lab = await ScaleLab.StartAsync(options.Devices, options.Version, cancellationToken);
        var (_, labStartPeak) = await lab.StatsAsync();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# lab: {lab.Devices.Count} agents bound in {lab.StartTime.TotalSeconds:F1} s, lab process peak {labStartPeak / 1048576.0:F0} MB, first {lab.Devices[0].Endpoint}, last {lab.Devices[^1].Endpoint}"));
        var targets = ScaleFleet.Targets(lab.Devices, options.Version);
        var figures = new List<ScaleFigure>();

        async Task Measure(Func<Task<ScaleFigure>> run)
        {
            var figure = await run() with { Load = ScaleTable.LoadAverage().Split(' ')[0] };
            figures.Add(figure);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# {figure.Scenario} p={figure.Parallel}: {figure.Wall.TotalSeconds:F2} s wall, {figure.Cpu.TotalSeconds:F2} s CPU, {figure.PeakBytes / 1048576.0:F0} MB peak, {figure.DevicesPerSecond:F0} devices/s; lab CPU {figure.LabCpu.TotalSeconds:F2} s; {figure.Outcomes}; {figure.Note}"));
        }

        // JIT warm-up of the plan and apply paths on a small slice, not reported.
        var slice = targets.Take(Math.Min(500, targets.Count)).ToList();
        await RunnerScenario.RunAsync("warm-up", lab, slice, RunMode.Plan, 128, options, cancellationToken);
        await RunnerScenario.RunAsync("warm-up", lab, slice, RunMode.Apply, 128, options, cancellationToken);

        foreach (var parallel in options.Parallel)
        {
            await lab.ResetAsync();
            await Measure(() => RunnerScenario.RunAsync("plan, no faults", lab, targets, RunMode.Plan, parallel, options, cancellationToken));
            await Measure(() => RunnerScenario.RunAsync("apply, no faults", lab, targets, RunMode.Apply, parallel, options, cancellationToken));
        }

        await Measure(() => RunnerScenario.RunAsync("plan after apply (nothing to change)", lab, targets, RunMode.Plan, options.Parallel[^1], options, cancellationToken));
        var sample = Sample(lab, options.ToolsSample);
        if (sample.Count > 0)
        {
            await lab.ResetAsync();
            await Measure(() => NetSnmpToolsLoop.RunAsync("net-snmp tools loop, no faults", sample, options.Version, lab, cancellationToken));
        }

        var faults = string.Create(CultureInfo.InvariantCulture, $"{options.LatencyMs} ms latency, {options.Loss:P0} loss");
        await lab.ResetAsync();
        await lab.SetFaultsAsync(options.LatencyMs, options.Loss);
        await Measure(() => RunnerScenario.RunAsync($"plan, {faults}", lab, targets, RunMode.Plan, options.FaultyParallel, options, cancellationToken));
        await Measure(() => RunnerScenario.RunAsync($"apply, {faults}", lab, targets, RunMode.Apply, options.FaultyParallel, options, cancellationToken));
        var faultySample = Sample(lab, options.FaultyToolsSample);
        if (faultySample.Count > 0)
        {
            await lab.ResetAsync();
            await Measure(() => NetSnmpToolsLoop.RunAsync($"net-snmp tools loop, {faults}", faultySample, options.Version, lab, cancellationToken));
        }

        var table = figures.SelectMany(f => f.Scenario.StartsWith("net-snmp", StringComparison.Ordinal) ? new[] { f, f.ExtrapolatedTo(options.Devices) } : [f]);
        output.WriteLine();
        output.Write(ScaleTable.Render(table));
        output.WriteLine();
        output.Write(ScaleTable.Notes(figures));
        return 0;
    }

    /// <summary>Every (N / size)-th device, so the sample spreads over the lab's addresses.</summary>
    private static List<(string Name, System.Net.IPEndPoint Endpoint)> Sample(ScaleLab lab, int size) =>
        size <= 0 ? [] : [.. lab.Devices.Where((_, i) => i % Math.Max(1, lab.Devices.Count / size) == 0).Take(size)];
}
