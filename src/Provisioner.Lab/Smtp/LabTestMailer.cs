using System.Net;
using MimeKit;

namespace Provisioner.Lab.Smtp;

/// <summary>
/// Sends a simulated device's test e-mail for real, over SMTP, to the loopback endpoint standing in for the relay
/// the device is configured with, and keeps track of sends in flight so the lab can wait for them.
/// </summary>
/// <param name="relayMap">Maps a configured relay to the loopback endpoint standing in for it; null: nothing answers there.</param>
public sealed class LabTestMailer(Func<IPEndPoint, IPEndPoint?> relayMap)
{
    private readonly List<Task> sends = [];

    /// <summary>Sends one message and returns the SMTP reply code (250 accepted; <see cref="LabMailSender.CouldNotReachServer"/> when no relay answers; 501 for a bad address).</summary>
    /// <param name="relay">The relay as the device holds it (an IP literal; a name never resolves in the lab).</param>
    /// <param name="port">The relay's port.</param>
    /// <param name="from">The sender address.</param>
    /// <param name="recipients">The recipients.</param>
    /// <param name="subject">The subject.</param>
    /// <param name="body">The plain-text body.</param>
    /// <returns>The reply code.</returns>
    public Task<int> SendAsync(string relay, int port, string from, IReadOnlyList<string> recipients, string subject, string body)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        var send = SendCoreAsync(relay, port, from, recipients, subject, body);
        lock (sends)
        {
            sends.RemoveAll(t => t.IsCompleted);
            sends.Add(send);
        }

        return send;
    }

    /// <summary>Waits until every send started so far has finished.</summary>
    /// <returns>A task.</returns>
    public Task WhenIdleAsync()
    {
        lock (sends)
        {
            return Task.WhenAll(sends);
        }
    }

    private async Task<int> SendCoreAsync(string relay, int port, string from, IReadOnlyList<string> recipients, string subject, string body)
    {
        await Task.Yield();
        var addresses = recipients.Select(r => MailboxAddress.TryParse(r, out var a) ? a : null).ToList();
        if (addresses.Count == 0 || addresses.Any(a => a is null) || !MailboxAddress.TryParse(from, out var sender))
        {
            return 501;
        }

        if (!IPAddress.TryParse(relay, out var ip) || port is < 1 or > 65535 || relayMap(new IPEndPoint(ip, port)) is not { } target)
        {
            return LabMailSender.CouldNotReachServer;
        }

        using var message = new MimeMessage();
        message.From.Add(sender);
        message.To.AddRange(addresses.OfType<MailboxAddress>());
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };
        return await LabMailSender.SendAsync(target, message, TimeSpan.FromSeconds(10), CancellationToken.None).ConfigureAwait(false);
    }
}
