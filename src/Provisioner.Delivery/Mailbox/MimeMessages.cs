using MimeKit;

namespace Provisioner.Delivery;

/// <summary>Turns a parsed message into a <see cref="MailboxMessage"/>.</summary>
public static class MimeMessages
{
    /// <summary>Builds the mailbox view of <paramref name="message"/>.</summary>
    /// <param name="id">The reader's id for it.</param>
    /// <param name="message">The message.</param>
    /// <param name="arrivedAt">When the mailbox received it.</param>
    /// <param name="envelopeRecipients">The SMTP recipients when the reader knows them (the lab capture), else null.</param>
    /// <returns>The view.</returns>
    public static MailboxMessage ToMailboxMessage(string id, MimeMessage message, DateTimeOffset arrivedAt, IReadOnlyList<string>? envelopeRecipients)
    {
        ArgumentNullException.ThrowIfNull(message);
        var returnPath = message.Headers[HeaderId.ReturnPath] is { Length: > 0 } rp ? rp.Trim().Trim('<', '>') : null;
        var from = message.From.Mailboxes.FirstOrDefault()?.Address;
        var originalTo = message.Headers.Where(h => h.Field.Equals("X-Original-To", StringComparison.OrdinalIgnoreCase)).Select(h => h.Value.Trim()).ToList();
        IEnumerable<string> deliveredFor = originalTo.Count > 0
            ? originalTo
            : envelopeRecipients ?? message.To.Mailboxes.Concat(message.Cc.Mailboxes).Select(m => m.Address);
        return new MailboxMessage
        {
            Id = id,
            Sender = (string.IsNullOrEmpty(returnPath) ? from ?? string.Empty : returnPath).ToLowerInvariant(),
            Subject = message.Subject ?? string.Empty,
            Body = message.TextBody ?? message.HtmlBody ?? string.Empty,
            DeliveredFor = [.. deliveredFor.Select(a => a.Trim().Trim('<', '>').ToLowerInvariant()).Distinct(StringComparer.Ordinal)],
            ArrivedAt = arrivedAt,
        };
    }
}
