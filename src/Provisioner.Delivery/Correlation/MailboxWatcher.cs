namespace Provisioner.Delivery;

/// <summary>Polls the watched mailbox until every expectation is complete or the deadline passes.</summary>
/// <param name="mailbox">The mailbox.</param>
/// <param name="time">The clock.</param>
/// <param name="pollInterval">The pause between polls.</param>
/// <param name="clockSkew">See <see cref="MessageMatcher.Match"/>.</param>
public sealed class MailboxWatcher(IMailboxReader mailbox, TimeProvider time, TimeSpan pollInterval, TimeSpan clockSkew)
{
    /// <summary>Watches; returns, per device name, the matched copies with how each matched (possibly none).</summary>
    /// <param name="expectations">The devices to watch for.</param>
    /// <param name="deadline">When to stop waiting.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The matches.</returns>
    /// <exception cref="MailboxException">The mailbox cannot be read.</exception>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<(MailboxMessage Message, string How)>>> WatchAsync(
        IReadOnlyList<DeliveryExpectation> expectations, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(expectations);
        var matches = expectations.ToDictionary(e => e.Device, _ => (IReadOnlyList<(MailboxMessage, string)>)[], StringComparer.Ordinal);
        if (expectations.Count == 0)
        {
            return matches;
        }

        var since = expectations.Min(e => e.Since) - clockSkew;
        while (true)
        {
            var messages = await mailbox.FetchAsync(since, cancellationToken).ConfigureAwait(false);
            foreach (var expectation in expectations)
            {
                matches[expectation.Device] = [.. messages.Select(m => (m, MessageMatcher.Match(expectation, m, clockSkew))).Where(p => p.Item2 is not null).Select(p => (p.m, p.Item2!))];
            }

            if (expectations.All(e => e.IsComplete([.. matches[e.Device].Select(p => p.Item1)])) || time.GetUtcNow() >= deadline)
            {
                return matches;
            }

            var pause = deadline - time.GetUtcNow();
            await Task.Delay(pause < pollInterval ? (pause > TimeSpan.Zero ? pause : TimeSpan.Zero) : pollInterval, time, cancellationToken).ConfigureAwait(false);
        }
    }
}
