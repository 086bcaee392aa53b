using System.Globalization;
using Provisioner.Delivery;
using Provisioner.Lab.Smtp;

namespace Provisioner.Cli.LabSupport;

/// <summary>
/// The lab's SMTP capture as the watched mailbox (for <c>demo</c>, on a machine with no mail server): the
/// capture stands in for the relay, so each message's envelope recipients are the groups it was sent to.
/// </summary>
/// <param name="capture">The running capture.</param>
internal sealed class LabCaptureMailbox(SmtpCapture capture) : IMailboxReader
{
    private readonly Dictionary<CapturedMessage, string> ids = new(ReferenceEqualityComparer.Instance);

    /// <inheritdoc/>
    public string Description => $"smtp-capture://{capture.Endpoint}";

    /// <inheritdoc/>
    public ValueTask<IReadOnlyList<MailboxMessage>> FetchAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var messages = capture.Messages.Where(m => m.ReceivedAt >= since).Select(m => new MailboxMessage
        {
            Id = IdOf(m),
            Sender = m.EnvelopeFrom.ToLowerInvariant(),
            Subject = m.Subject,
            Body = m.Body,
            DeliveredFor = [.. m.EnvelopeTo.Select(a => a.ToLowerInvariant())],
            ArrivedAt = m.ReceivedAt,
        }).ToList();
        return ValueTask.FromResult<IReadOnlyList<MailboxMessage>>(messages);
    }

    /// <inheritdoc/>
    public ValueTask<int> DeleteAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var wanted = ids.ToHashSet(StringComparer.Ordinal);
        return ValueTask.FromResult(capture.Remove(m => wanted.Contains(IdOf(m))));
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private string IdOf(CapturedMessage message)
    {
        lock (ids)
        {
            if (!ids.TryGetValue(message, out var id))
            {
                id = (ids.Count + 1).ToString(CultureInfo.InvariantCulture);
                ids.Add(message, id);
            }

            return id;
        }
    }
}
