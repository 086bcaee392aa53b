using System.Threading.Channels;
using Polly;
using Polly.Retry;
using Provisioner.Abstractions;
using Serilog;

namespace Provisioner.Core;

/// <summary>
/// Runs the <see cref="DeviceEngine"/> over many devices with bounded concurrency (global, per site,
/// per driver), a deadline per device, and retries on timeout only with jittered exponential back-off.
/// Interrupting a run stops launching devices; devices being read (plan, diff) stop at once, devices
/// being changed (apply) finish or hit their deadline unless the run is also abandoned. Every device
/// that did not finish is <c>skipped</c> with a diagnostic saying why, and a complete
/// <see cref="RunResult"/> is still returned.
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

    /// <summary>
    /// Called on the scheduling thread just before each device starts (e.g. <see cref="RunLock.RecordStarted"/>,
    /// so that a run killed part-way leaves behind which devices it had touched). Keep it cheap.
    /// </summary>
    public Action<DeviceTarget>? DeviceStarting { get; init; }

    /// <summary>Runs every target in <paramref name="mode"/>.</summary>
    /// <param name="targets">The devices, in report order; names must be unique.</param>
    /// <param name="mode">Plan, apply or diff.</param>
    /// <param name="progress">Receives a report at the start and after each device; null for none.</param>
    /// <param name="cancellationToken">Interrupts the run (Ctrl-C): no new device starts, devices being read stop; devices being changed finish.</param>
    /// <returns>One result per target, in input order.</returns>
    public Task<RunResult> RunAsync(IReadOnlyList<DeviceTarget> targets, RunMode mode, IProgress<RunProgress>? progress, CancellationToken cancellationToken) =>
        RunAsync(targets, mode, progress, cancellationToken, CancellationToken.None);

    /// <summary>Runs every target in <paramref name="mode"/>, with a second token that abandons devices being changed.</summary>
    /// <param name="targets">The devices, in report order; names must be unique.</param>
    /// <param name="mode">Plan, apply or diff.</param>
    /// <param name="progress">Receives a report at the start and after each device; null for none.</param>
    /// <param name="stopToken">Interrupts the run (first Ctrl-C): no new device starts and devices being read (plan, diff) stop; devices being changed (apply) finish, so none is left half-written.</param>
    /// <param name="abandonToken">Abandons the devices being changed too (second Ctrl-C); they may be left with part of their changes.</param>
    /// <returns>One result per target, in input order; the devices that did not finish are <c>skipped</c>.</returns>
    public async Task<RunResult> RunAsync(IReadOnlyList<DeviceTarget> targets, RunMode mode, IProgress<RunProgress>? progress, CancellationToken stopToken, CancellationToken abandonToken)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var interrupt = mode == RunMode.Apply ? abandonToken : stopToken;
        var startedAt = time.GetUtcNow();
        var results = new DeviceResult?[targets.Count];
        var counts = new Dictionary<DeviceOutcome, int>();
        var pending = new PendingDevices(targets);
        var limits = new ConcurrencyLimits(options);
        var completions = Channel.CreateUnbounded<(int Index, DeviceResult Result)>(new UnboundedChannelOptions { SingleReader = true });
        var completed = 0;
        progress?.Report(Snapshot(targets.Count, 0, 0, counts, null));

        while (pending.Count > 0 || limits.Running > 0)
        {
            while (!stopToken.IsCancellationRequested && pending.TryTake(i => limits.CanStart(targets[i]), out var index))
            {
                limits.Start(targets[index]);
                log.Debug("Starting {Device} ({Mode})", targets[index].Name, mode);
                DeviceStarting?.Invoke(targets[index]);
                _ = RunAndSignalAsync(targets[index], index, mode, completions.Writer, interrupt);
            }

            if (limits.Running == 0)
            {
                break;
            }

            var (done, result) = await completions.Reader.ReadAsync(CancellationToken.None);
            limits.Finish(targets[done]);
            results[done] = result;
            completed++;
            counts[result.Outcome] = counts.GetValueOrDefault(result.Outcome) + 1;
            progress?.Report(Snapshot(targets.Count, completed, limits.Running, counts, result));
        }

        var skipped = pending.Drain().ToList();
        if (skipped.Count > 0)
        {
            log.Warning("Run stopped: {Skipped} devices were not started", skipped.Count);
        }

        foreach (var index in skipped)
        {
            results[index] = Skipped(targets[index], mode);
        }

        return new RunResult
        {
            Mode = mode,
            Devices = results!,
            StartedAt = startedAt,
            FinishedAt = time.GetUtcNow(),
            Cancelled = results.Any(r => r!.Outcome == DeviceOutcome.Skipped),
        };
    }

    private async Task RunAndSignalAsync(DeviceTarget target, int index, RunMode mode, ChannelWriter<(int, DeviceResult)> completions, CancellationToken interrupt)
    {
        DeviceResult result;
        try
        {
            result = await Task.Run(() => RunDeviceAsync(target, mode, interrupt));
        }
#pragma warning disable CA1031 // Last-resort boundary: a runner bug must not lose the device or hang the run.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            var diagnostic = Diagnostic.Error("runner.unexpected", "Unexpected failure in the runner", $"{ex.GetType().Name}: {engine.Redactor.Redact(ex.Message)}. This is a bug; please report it.") with { Device = target.Name };
            result = new DeviceResult { Target = target, Mode = mode, Outcome = DeviceOutcome.Error, Diagnostics = [diagnostic], FailureType = ex.GetType().FullName };
        }

        completions.TryWrite((index, result));
    }

    private async Task<DeviceResult> RunDeviceAsync(DeviceTarget target, RunMode mode, CancellationToken interrupt)
    {
        var started = time.GetTimestamp();
        var startedAt = time.GetUtcNow();
        using var deadline = new CancellationTokenSource(options.DeviceDeadline, time);
        // A linked source only when something can interrupt: scripts and benchmarks that pass no token pay nothing per device.
        using var work = interrupt.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, interrupt) : null;
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
                work?.Token ?? deadline.Token);
        }
        catch (OperationCanceledException) when (interrupt.IsCancellationRequested && !deadline.IsCancellationRequested)
        {
            log.Debug("{Device} interrupted while {Mode} was under way", target.Name, mode);
            result = Interrupted(target, mode);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            var diagnostic = Diagnostic.Error("device.deadline", "Device exceeded its deadline", $"The device did not finish within {options.DeviceDeadline}, retries included. Check the device; raise the deadline for slow cards.") with { Device = target.Name };
            result = new DeviceResult { Target = target, Mode = mode, Outcome = DeviceOutcome.Timeout, Diagnostics = [diagnostic] };
        }

        // The first attempt's start is when the device started; a deadline result has no timings of its own.
        return result with { Attempts = attempts, Timings = result.Timings with { StartedAt = startedAt, Total = time.GetElapsedTime(started) } };
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

    private DeviceResult Skipped(DeviceTarget target, RunMode mode) => new()
    {
        Target = target,
        Mode = mode,
        Outcome = DeviceOutcome.Skipped,
        Attempts = 0,
        Timings = new DeviceTimings { StartedAt = time.GetUtcNow() },
        Diagnostics = [Diagnostic.Warning("run.stopped", "Not started: the run was stopped", "Run the command again to include this device.") with { Device = target.Name }],
    };

    private static DeviceResult Interrupted(DeviceTarget target, RunMode mode) => new()
    {
        Target = target,
        Mode = mode,
        Outcome = DeviceOutcome.Skipped,
        Diagnostics =
        [
            (mode == RunMode.Apply
                ? Diagnostic.Error("run.abandoned", "Not finished: abandoned while being changed", "A second interrupt stopped this device part-way through apply; it may hold some of the changes and its snapshot was not restored. Run 'provisioner plan' to see what it holds.")
                : Diagnostic.Warning("run.interrupted", "Not finished: the run was interrupted while the device was being read", "Nothing was written to it. Run the command again to include this device.")) with { Device = target.Name },
        ],
    };

    private static RunProgress Snapshot(int total, int completed, int running, Dictionary<DeviceOutcome, int> counts, DeviceResult? last) =>
        new() { Total = total, Completed = completed, Running = running, Counts = new Dictionary<DeviceOutcome, int>(counts), Last = last };
}
