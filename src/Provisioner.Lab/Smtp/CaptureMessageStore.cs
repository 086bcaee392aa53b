using System.Buffers;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Provisioner.Lab.Smtp;

/// <summary>Parses every accepted message with MimeKit and hands it to the capture.</summary>
internal sealed class CaptureMessageStore(Action<CapturedMessage> onMessage, TimeProvider timeProvider) : MessageStore
{
    /// <inheritdoc/>
    public override async Task<SmtpResponse> SaveAsync(
        ISessionContext context,
        IMessageTransaction transaction,
        ReadOnlySequence<byte> buffer,
        CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(buffer.ToArray(), writable: false);
        var message = await MimeMessage.LoadAsync(stream, cancellationToken).ConfigureAwait(false);
        var client = context.Properties.TryGetValue(SmtpServer.Net.EndpointListener.RemoteEndPointKey, out var remote)
            ? remote?.ToString() ?? string.Empty
            : string.Empty;
        var captured = new CapturedMessage(
            transaction.From is null ? string.Empty : Address(transaction.From),
            transaction.To.Select(Address).ToList(),
            message.Headers.Select(h => new KeyValuePair<string, string>(h.Field, h.Value)).ToList(),
            message.Subject ?? string.Empty,
            message.TextBody ?? message.HtmlBody ?? string.Empty,
            client,
            timeProvider.GetUtcNow());
        onMessage(captured);
        return SmtpResponse.Ok;
    }

    private static string Address(SmtpServer.Mail.IMailbox mailbox) =>
        string.IsNullOrEmpty(mailbox.Host) ? mailbox.User : $"{mailbox.User}@{mailbox.Host}";
}
