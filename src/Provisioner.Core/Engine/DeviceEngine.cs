using Provisioner.Abstractions;
using Serilog;

namespace Provisioner.Core;

/// <summary>
/// Works one device through open → identify → read → normalise → compare, and in apply mode on to
/// snapshot → write the differences → commit → read back → verify → restore on mismatch. It is the
/// single fault boundary per device: every exception becomes an outcome and a redacted diagnostic,
/// except cancellation of the caller's token, which propagates.
/// </summary>
public sealed partial class DeviceEngine
{
    private readonly DriverCatalog drivers;
    private readonly ISecretResolver secrets;
    private readonly SecretRedactor redactor;
    private readonly EngineOptions options;
    private readonly TimeProvider time;
    private readonly ILogger log;

    /// <summary>Creates an engine.</summary>
    /// <param name="drivers">The drivers by id.</param>
    /// <param name="secrets">Resolves secret references; every value resolved is registered with <paramref name="redactor"/>.</param>
    /// <param name="redactor">Removes secrets from everything the engine reports or logs.</param>
    /// <param name="options">Timeouts and policies.</param>
    /// <param name="time">The clock for timings.</param>
    /// <param name="log">Where to log; secrets never reach it.</param>
    public DeviceEngine(DriverCatalog drivers, ISecretResolver secrets, SecretRedactor redactor, EngineOptions options, TimeProvider time, ILogger? log = null)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        this.drivers = drivers ?? throw new ArgumentNullException(nameof(drivers));
        this.redactor = redactor ?? throw new ArgumentNullException(nameof(redactor));
        this.secrets = new RedactingSecretResolver(secrets, redactor);
        this.options = options ?? throw new ArgumentNullException(nameof(options));
        this.time = time ?? throw new ArgumentNullException(nameof(time));
        this.log = (log ?? Serilog.Core.Logger.None).ForContext<DeviceEngine>();
    }

    /// <summary>The redactor of this engine's run; sinks use it for anything they print.</summary>
    public SecretRedactor Redactor => redactor;

    /// <summary>Runs <paramref name="target"/> in <paramref name="mode"/>.</summary>
    /// <param name="target">The device.</param>
    /// <param name="mode">Plan, apply or diff. Only apply opens a writable session.</param>
    /// <param name="cancellationToken">Cancels the device's work; cancellation propagates as <see cref="OperationCanceledException"/>.</param>
    /// <returns>The device's result; never throws for device faults.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<DeviceResult> RunAsync(DeviceTarget target, RunMode mode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var work = new DeviceWork(target, mode, redactor, time);
        var device = log.ForContext("Device", target.Name).ForContext("Site", target.Site);
        DeviceOutcome outcome;
        try
        {
            outcome = await RunCoreAsync(work, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // The per-device fault boundary: one device never stops another.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            var (faultOutcome, diagnostic) = FaultClassifier.Classify(ex, target.Name, redactor);
            work.Add(diagnostic);
            work.FailureType = ex.GetType().FullName;
            outcome = faultOutcome;
            device.Warning("{Code}: {Detail}", diagnostic.Code, diagnostic.Detail);
        }

        var result = work.Finish(outcome);
        device.Information("{Device} {Outcome} in {Elapsed}", target.Name, outcome.ToKebabCase(), result.Timings.Total);
        return result;
    }

    private async Task<DeviceOutcome> RunCoreAsync(DeviceWork work, CancellationToken cancellationToken)
    {
        var target = work.Target;
        if (!drivers.TryGet(target.DriverId, out var driver))
        {
            work.Add(Diagnostic.Error("engine.unknownDriver", $"No driver '{target.DriverId}'", $"The inventory names driver '{target.DriverId}', which this build does not have. Known drivers: {string.Join(", ", drivers.Drivers.Select(d => d.Descriptor.Id))}."));
            return DeviceOutcome.Error;
        }

        var descriptor = driver.Descriptor;
        var desired = DesiredState.Build(target, descriptor, secrets);
        foreach (var value in desired.Values.Values)
        {
            redactor.Register(value);
        }

        work.Add(desired.Violations);
        if (desired.Violations.HasErrors)
        {
            return DeviceOutcome.Error;
        }

        var request = new OpenRequest
        {
            DeviceName = target.Name,
            Address = target.Address,
            Port = target.Port ?? descriptor.DefaultPort,
            Credentials = target.Credentials,
            Secrets = secrets,
            Mode = work.Mode == RunMode.Apply ? SessionMode.ReadWrite : SessionMode.ReadOnly,
            Timeout = options.RequestTimeout,
            Trust = target.Trust,
        };
        var session = await work.TimeAsync(() => driver.OpenAsync(request, cancellationToken), t => work.Open = t);
        await using (session)
        {
            var observed = await ObserveAsync(work, new ReadOnlySessionView(session), descriptor, desired, cancellationToken);
            if (observed is { } stop)
            {
                return stop;
            }

            var toWrite = OutcomeRules.ToWrite(work.Before, options.WriteOnly);
            if (work.Mode != RunMode.Apply || toWrite.Count == 0)
            {
                return OutcomeRules.FromComparisons(work.Before, work.Mode != RunMode.Apply && toWrite.Count > 0);
            }

            return await ApplyAsync(work, session, descriptor, desired, toWrite, cancellationToken);
        }
    }
}
