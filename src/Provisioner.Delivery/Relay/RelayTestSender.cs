using System.Net;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Provisioner.Abstractions;

namespace Provisioner.Delivery;

/// <summary>
/// <c>--via-relay</c>: sends, from this machine and as the device would, a test message from its sender
/// to its recipients through its relay with MailKit. It proves the relay, the groups and the external
/// contacts; it does not prove the device.
/// </summary>
/// <param name="secrets">Resolves the SMTP AUTH password where the device authenticates.</param>
/// <param name="relayMap">Where to connect instead of the device's relay (a lab's stand-in; when it answers null nothing is sent), or null for the relay itself.</param>
public sealed class RelayTestSender(ISecretResolver secrets, Func<string, int, IPEndPoint?>? relayMap)
{
    /// <summary>Sends the message; returns whether the relay accepted it and its reply, quoted.</summary>
    /// <param name="device">The device's name (in the subject).</param>
    /// <param name="settings">The device's desired settings: relay, port, security, auth, sender, recipients.</param>
    /// <param name="token">The correlation token.</param>
    /// <param name="cancellationToken">Cancels the send.</param>
    /// <returns>Accepted, and the relay's reply text.</returns>
    public async Task<(bool Accepted, string Reply)> SendAsync(string device, NotificationSettings settings, string token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var target = relayMap?.Invoke(settings.RelayAddress, settings.RelayPort);
        if (relayMap is not null && target is null)
        {
            return (false, $"no stand-in answers for relay {settings.RelayAddress}:{settings.RelayPort}; nothing was sent");
        }

        var host = target?.Address.ToString() ?? settings.RelayAddress;
        var port = target?.Port ?? settings.RelayPort;
        using var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.FromAddress));
        message.To.AddRange(settings.Recipients.Select(r => MailboxAddress.Parse(r.Address)));
        message.Subject = $"Provisioner relay test for {device} {token}";
        message.Body = new TextPart("plain") { Text = $"Sent by 'provisioner test --via-relay' from this machine as {device} would send it ({token}). It proves the relay and the groups, not the device." };
        using var client = new SmtpClient { Timeout = 30_000 };
        try
        {
            var security = settings.Security switch
            {
                SmtpSecurity.Tls => SecureSocketOptions.SslOnConnect,
                SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
                _ => SecureSocketOptions.None,
            };
            await client.ConnectAsync(host, port, security, cancellationToken).ConfigureAwait(false);
            if (settings.AuthUser is { } user && settings.AuthPassword is { } reference)
            {
                await client.AuthenticateAsync(user, secrets.Resolve(reference).Reveal(), cancellationToken).ConfigureAwait(false);
            }

            var reply = await client.SendAsync(message, cancellationToken).ConfigureAwait(false);
            await client.DisconnectAsync(quit: true, cancellationToken).ConfigureAwait(false);
            return (true, $"relay {host}:{port} answered 250 {reply}".TrimEnd());
        }
        catch (SmtpCommandException ex)
        {
            return (false, $"relay {host}:{port} answered {(int)ex.StatusCode} {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or System.Net.Sockets.SocketException or SmtpProtocolException or AuthenticationException or SslHandshakeException or TimeoutException or NotSupportedException)
        {
            return (false, $"relay {host}:{port} could not be used: {ex.GetType().Name}: {ex.Message}");
        }
    }
}
