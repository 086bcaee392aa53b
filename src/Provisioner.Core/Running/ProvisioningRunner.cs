using Polly;
using Polly.Retry;
using Provisioner.Abstractions;
using Serilog;

namespace Provisioner.Core;

/// <summary>
/// Runs the <see cref="DeviceEngine"/> over many devices with bounded concurrency (global, per site,
/// per driver), a deadline per device, and retries on timeout only with jittered exponential back-off.
/// Cancelling the run's token stops launching devices; those in flight finish or hit their deadline,
/// the rest are <c>skipped</c>, and a complete <see cref="RunResult"/> is still returned.
/// </summary>
public sealed class ProvisioningRunner
{
    private readonly DeviceEngine engine;
    private readonly RunnerOptions options;
    private readonly TimeProvider time;
    private readonly ILogger log;
    private readonly ResiliencePipeline<DeviceResult> retry;

    /// <summary>Creates a runner.</summary>
    /// <param name="engine">The per-device engine.</param>
    /// <param name="options">Limits, deadline and retry policy.</param>
    /// <param name="time">The clock for deadlines and back-off (a fake one in tests).</param>
    /// <param name="log">Where to log.</param>
    /// <param name="random">Jitter source for back-off; null for Polly's default.</param>
    public ProvisioningRunner(DeviceEngine engine, RunnerOptions options, TimeProvider time, ILogger? log = null, Func<double>? random = null)
    {
        this.engine = engine ?? throw new ArgumentNullException(nameof(engine));
        this.options = options ?? throw new ArgumentNullException(nameof(options));
        options.Validate();
        this.time = time ?? throw new ArgumentNullException(nameof(time));
        this.log = (log ?? Serilog.Core.Logger.None).ForContext<ProvisioningRunner>();
        retry = BuildRetry(options, time, random);
    }

    /// <summary>Runs every target in <paramref name="mode"/>.</summary>
    /// <param name="targets">The devices, in report order; names must be unique.</param>
    /// <param name="mode">Plan, apply or diff.</param>
    /// <param name="progress">Receives a report at the start and after each device; null for none.</param>
    /// <param name="cancellationToken">Stops launching new devices (Ctrl-C). In-flight devices are not cancelled by it.</param>
    /// <returns>One result per target, in input order.</returns>
    public async Task<RunResult> RunAsync(IReadOnlyList<DeviceTarget> targets, RunMode mode, IProgress<RunProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var startedAt = time.GetUtcNow();
        var results = new DeviceResult?[targets.Count];
        var counts = new Dictionary<DeviceOutcome, int>();
        var pending = new LinkedList<int>(Enumerable.Range(0, targets.Count));
        var running = new Dictionary<Task<DeviceResult>, int>();
        var limits = new ConcurrencyLimits(options);
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var registration = cancellationToken.Register(() => stopped.TrySetResult());
        progress?.Report(Snapshot(targets.Count, 0, 0, counts, null));

        while (pending.Count > 0 || running.Count > 0)
        {
            if (!cancellationToken.IsCancellationRequested)
            {
                Launch(targets, mode, pending, running, limits);
            }

            if (running.Count == 0)
            {
                break;
            }

            var finished = await Task.WhenAny(running.Keys.Append(stopped.Task));
            if (finished == stopped.Task)
            {
                stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                log.Warning("Run stopped: no new devices are started; waiting for {Running} in flight", running.Count);
                await Task.WhenAny(running.Keys);
                continue;
            }

            foreach (var done in running.Keys.Where(t => t.IsCompleted).ToList())
            {
                var index = running[done];
                running.Remove(done);
                limits.Finish(targets[index]);
                var result = await done;
                results[index] = result;
                counts[result.Outcome] = counts.GetValueOrDefault(result.Outcome) + 1;
                progress?.Report(Snapshot(targets.Count, counts.Values.Sum(), running.Count, counts, result));
            }
        }

        for (var i = 0; i < results.Length; i++)
        {
            results[i] ??= Skipped(targets[i], mode);
        }

        return new RunResult
        {
            Mode = mode,
            Devices = results!,
            StartedAt = startedAt,
            FinishedAt = time.GetUtcNow(),
            Cancelled = pending.Count > 0,
        };
    }

    private void Launch(IReadOnlyList<DeviceTarget> targets, RunMode mode, LinkedList<int> pending, Dictionary<Task<DeviceResult>, int> running, ConcurrencyLimits limits)
    {
        for (var node = pending.First; node is not null && limits.Running < options.MaxParallel;)
        {
            var next = node.Next;
            var target = targets[node.Value];
            if (limits.CanStart(target))
            {
                limits.Start(target);
                running[Task.Run(() => RunDeviceAsync(target, mode))] = node.Value;
                pending.Remove(node);
            }

            node = next;
        }
    }

    private async Task<DeviceResult> RunDeviceAsync(DeviceTarget target, RunMode mode)
    {
        var started = time.GetTimestamp();
        using var deadline = new CancellationTokenSource(options.DeviceDeadline, time);
        var attempts = 0;
        DeviceResult result;
        try
        {
            result = await retry.ExecuteAsync(
                async token =>
                {
                    attempts++;
                    return await engine.RunAsync(target, mode, token);
                },
                deadline.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            var diagnostic = Diagnostic.Error("device.deadline", "Device exceeded its deadline", $"The device did not finish within {options.DeviceDeadline}, retries included. Check the device; raise the deadline for slow cards.") with { Device = target.Name };
            result = new DeviceResult { Target = target, Mode = mode, Outcome = DeviceOutcome.Timeout, Diagnostics = [diagnostic] };
        }

        return result with { Attempts = attempts, Timings = result.Timings with { Total = time.GetElapsedTime(started) } };
    }

    private static ResiliencePipeline<DeviceResult> BuildRetry(RunnerOptions options, TimeProvider time, Func<double>? random)
    {
        var builder = new ResiliencePipelineBuilder<DeviceResult> { TimeProvider = time };
        if (options.TimeoutRetries == 0)
        {
            return builder.Build();
        }

        var retryOptions = new RetryStrategyOptions<DeviceResult>
        {
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result?.Outcome == DeviceOutcome.Timeout),
            MaxRetryAttempts = options.TimeoutRetries,
            Delay = options.RetryDelay,
            MaxDelay = options.MaxRetryDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
        };
        if (random is not null)
        {
            retryOptions.Randomizer = random;
        }

        return builder.AddRetry(retryOptions).Build();
    }

    private static DeviceResult Skipped(DeviceTarget target, RunMode mode) => new()
    {
        Target = target,
        Mode = mode,
        Outcome = DeviceOutcome.Skipped,
        Attempts = 0,
        Diagnostics = [Diagnostic.Warning("run.stopped", "Not started: the run was stopped", "Run the command again to include this device.") with { Device = target.Name }],
    };

    private static RunProgress Snapshot(int total, int completed, int running, Dictionary<DeviceOutcome, int> counts, DeviceResult? last) =>
        new() { Total = total, Completed = completed, Running = running, Counts = new Dictionary<DeviceOutcome, int>(counts), Last = last };
}
