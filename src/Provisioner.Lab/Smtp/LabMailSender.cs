using System.Net;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Provisioner.Lab.Network;

namespace Provisioner.Lab.Smtp;

/// <summary>
/// Sends a simulated device's e-mail with MailKit, the way the device's firmware would: plain SMTP,
/// no authentication, to the relay. In the lab the relay is always the SMTP capture on loopback;
/// <see cref="LoopbackGuard"/> refuses anything else.
/// </summary>
public static class LabMailSender
{
    /// <summary>The code SC200 firmware records in <c>smtp-Result</c> when it cannot reach the server.</summary>
    public const int CouldNotReachServer = 9999;

    /// <summary>The SMTP reply code for an accepted message.</summary>
    public const int Accepted = 250;

    /// <summary>Sends <paramref name="message"/> to <paramref name="relay"/> and returns the SMTP reply code of the final step.</summary>
    /// <param name="relay">The loopback endpoint that stands in for the relay.</param>
    /// <param name="message">The message; its <c>Sender</c>/<c>From</c> is the envelope sender.</param>
    /// <param name="timeout">How long to wait for the server at each step.</param>
    /// <param name="cancellationToken">Cancels the send.</param>
    /// <returns>250 when the relay accepted the message; the server's 4xx/5xx code when it refused;
    /// <see cref="CouldNotReachServer"/> when it could not be reached.</returns>
    /// <exception cref="LabNetworkException"><paramref name="relay"/> is not loopback.</exception>
    public static async Task<int> SendAsync(IPEndPoint relay, MimeMessage message, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        LoopbackGuard.Ensure(relay, "a lab device's SMTP relay");
        using var client = new SmtpClient { Timeout = (int)timeout.TotalMilliseconds, LocalDomain = "provisioner-lab" };
        try
        {
            await client.ConnectAsync(relay.Address.ToString(), relay.Port, SecureSocketOptions.None, cancellationToken).ConfigureAwait(false);
            // MailKit returns only after the server's positive reply to the end of DATA, which is 250.
            await client.SendAsync(message, cancellationToken).ConfigureAwait(false);
            await client.DisconnectAsync(quit: true, cancellationToken).ConfigureAwait(false);
            return Accepted;
        }
        catch (SmtpCommandException ex)
        {
            return (int)ex.StatusCode;
        }
        catch (Exception ex) when (ex is System.Net.Sockets.SocketException or IOException or TimeoutException or SmtpProtocolException)
        {
            return CouldNotReachServer;
        }
    }
}
