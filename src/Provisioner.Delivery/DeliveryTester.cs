using Provisioner.Abstractions;
using Provisioner.Core;

namespace Provisioner.Delivery;

/// <summary>
/// <c>provisioner test</c>'s work: trigger each device's test message with a unique token (bounded
/// concurrency; one device's failure never stops another), then watch the mailbox until every message
/// has arrived or the timeout passes, and say per device what happened and which groups it reached.
/// </summary>
/// <param name="drivers">The driver catalogue.</param>
/// <param name="secrets">Resolves credentials; every resolved secret is registered with <paramref name="redactor"/>.</param>
/// <param name="redactor">Removes secrets from every text the result carries.</param>
/// <param name="time">The clock.</param>
public sealed partial class DeliveryTester(DriverCatalog drivers, ISecretResolver secrets, SecretRedactor redactor, TimeProvider time)
{
    private readonly ISecretResolver redacting = new RedactingSecretResolver(secrets, redactor);

    /// <summary>Runs the test.</summary>
    /// <param name="candidates">The selected devices, in inventory order.</param>
    /// <param name="mailbox">The watched mailbox.</param>
    /// <param name="options">Timeouts, concurrency, cleanup, via-relay.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>One outcome per device.</returns>
    public async Task<DeliveryResult> RunAsync(IReadOnlyList<DeliveryCandidate> candidates, IMailboxReader mailbox, DeliveryTestOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(mailbox);
        ArgumentNullException.ThrowIfNull(options);
        var started = time.GetUtcNow();
        using var gate = new SemaphoreSlim(Math.Max(1, options.Parallel));
        var triggers = await Task.WhenAll(candidates.Select(async c =>
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return await TriggerAsync(c, options, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                gate.Release();
            }
        })).ConfigureAwait(false);

        var expectations = triggers.Where(t => t.Expectation is not null).Select(t => t.Expectation!).ToList();
        var deadline = (expectations.Count == 0 ? time.GetUtcNow() : expectations.Max(e => e.Since)) + options.Timeout;
        IReadOnlyDictionary<string, IReadOnlyList<(MailboxMessage Message, string How)>> matches;
        string? problem = null;
        try
        {
            matches = await new MailboxWatcher(mailbox, time, options.PollInterval, options.ClockSkew).WatchAsync(expectations, deadline, cancellationToken).ConfigureAwait(false);
        }
        catch (MailboxException ex)
        {
            problem = redactor.Redact(ex.Message);
            matches = new Dictionary<string, IReadOnlyList<(MailboxMessage, string)>>();
        }

        var devices = triggers.Select(t => Conclude(t, matches.GetValueOrDefault(t.Candidate.Target.Name) ?? [], problem)).ToList();
        int? cleaned = null;
        if (options.Cleanup && problem is null)
        {
            try
            {
                cleaned = await mailbox.DeleteAsync([.. devices.Where(d => d.Status != DeliveryStatus.Error).SelectMany(d => d.MessageIds).Distinct(StringComparer.Ordinal)], cancellationToken).ConfigureAwait(false);
            }
            catch (MailboxException ex)
            {
                problem = redactor.Redact(ex.Message);
            }
        }

        return new DeliveryResult { Mailbox = mailbox.Description, StartedAt = started, FinishedAt = time.GetUtcNow(), Devices = devices, CleanedUp = cleaned, MailboxProblem = problem };
    }

    private async Task<Trigger> TriggerAsync(DeliveryCandidate candidate, DeliveryTestOptions options, CancellationToken cancellationToken)
    {
        var target = candidate.Target;
        if (candidate.Await)
        {
            return new Trigger(candidate) { Expectation = Expect(candidate, null, time.GetUtcNow()), Awaited = true };
        }

        if (!drivers.TryGet(target.DriverId, out var driver))
        {
            return new Trigger(candidate) { Final = DeliveryStatus.Error, Diagnostics = [Diagnostic.Error("engine.unknownDriver", $"No driver '{target.DriverId}'", "Use a driver id from 'provisioner drivers'.") with { Device = target.Name }] };
        }

        try
        {
            await using var session = await driver.OpenAsync(
                new OpenRequest { DeviceName = target.Name, Address = target.Address, Port = target.Port, Credentials = target.Credentials, Secrets = redacting, Mode = SessionMode.ReadWrite, Trust = target.Trust },
                cancellationToken).ConfigureAwait(false);
            var token = options.NewToken();
            if (session is not ISupportsTestMessage testable)
            {
                return options.ViaRelay is { } relay ? await ViaRelayAsync(candidate, relay, token, cancellationToken).ConfigureAwait(false) : new Trigger(candidate) { Final = DeliveryStatus.CannotSelfTest };
            }

            var at = time.GetUtcNow();
            var response = await testable.SendTestMessageAsync(new TestMessageRequest { Marker = token, WaitForResult = options.WaitForDeviceResult }, cancellationToken).ConfigureAwait(false);
            return new Trigger(candidate)
            {
                Token = token,
                Expectation = Expect(candidate, token, at),
                DeviceResult = redactor.Redact(response.DeviceResult),
                Sent = response.Sent,
                Diagnostics = [.. response.Diagnostics.Select(redactor.Redact)],
            };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // The per-device fault boundary: one device never stops another.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            var (_, diagnostic) = FaultClassifier.Classify(ex, target.Name, redactor);
            return new Trigger(candidate) { Final = DeliveryStatus.Error, Diagnostics = [diagnostic] };
        }
    }

    private async Task<Trigger> ViaRelayAsync(DeliveryCandidate candidate, RelayTestSender relay, string token, CancellationToken cancellationToken)
    {
        var at = time.GetUtcNow();
        var (accepted, reply) = await relay.SendAsync(candidate.Target.Name, candidate.Target.Desired, token, cancellationToken).ConfigureAwait(false);
        return new Trigger(candidate) { Token = token, Expectation = Expect(candidate, token, at), DeviceResult = redactor.Redact(reply), Sent = accepted, ViaRelay = true };
    }

    private static DeliveryExpectation Expect(DeliveryCandidate candidate, string? token, DateTimeOffset at) =>
        new(candidate.Target.Name, candidate.Target.Desired.FromAddress, token, at, candidate.Recipients);
}
