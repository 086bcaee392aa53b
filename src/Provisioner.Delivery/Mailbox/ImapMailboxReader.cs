using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;
using MimeKit;
using Provisioner.Abstractions;

namespace Provisioner.Delivery;

/// <summary>
/// Reads the watched mailbox over IMAP with MailKit. The server's certificate is checked against the
/// pin when one is given, else against the system store; there is no way to skip the check. One
/// connection serves every poll; messages already parsed are not fetched again.
/// </summary>
/// <param name="options">Where and how to log in.</param>
public sealed class ImapMailboxReader(ImapMailboxOptions options) : IMailboxReader
{
    private readonly ImapClient client = new();
    private readonly Dictionary<UniqueId, MailboxMessage> seen = [];
    private IMailFolder? folder;

    /// <inheritdoc/>
    public string Description => options.Description;

    /// <inheritdoc/>
    public async ValueTask<IReadOnlyList<MailboxMessage>> FetchAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        try
        {
            var open = await OpenAsync(cancellationToken).ConfigureAwait(false);
            await client.NoOpAsync(cancellationToken).ConfigureAwait(false);
            // SINCE has day granularity; the exact cut is made on INTERNALDATE below.
            var uids = await open.SearchAsync(SearchQuery.DeliveredAfter(since.UtcDateTime.Date.AddDays(-1)), cancellationToken).ConfigureAwait(false);
            var fresh = uids.Where(u => !seen.ContainsKey(u)).ToList();
            if (fresh.Count > 0)
            {
                var summaries = await open.FetchAsync(fresh, MessageSummaryItems.UniqueId | MessageSummaryItems.InternalDate, cancellationToken).ConfigureAwait(false);
                foreach (var summary in summaries.Where(s => s.InternalDate is { } d && d >= since.AddSeconds(-1)))
                {
                    using var message = await open.GetMessageAsync(summary.UniqueId, cancellationToken).ConfigureAwait(false);
                    seen[summary.UniqueId] = MimeMessages.ToMailboxMessage(summary.UniqueId.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), message, summary.InternalDate!.Value, null);
                }
            }

            return [.. seen.Values.Where(m => m.ArrivedAt >= since.AddSeconds(-1)).OrderBy(m => m.ArrivedAt)];
        }
        catch (Exception ex) when (IsMailboxFailure(ex))
        {
            throw Failure("cannot be read", ex);
        }
    }

    /// <inheritdoc/>
    public async ValueTask<int> DeleteAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return 0;
        }

        try
        {
            var open = await OpenAsync(cancellationToken).ConfigureAwait(false);
            var uids = ids.Select(id => new UniqueId(uint.Parse(id, System.Globalization.CultureInfo.InvariantCulture))).ToList();
            await open.AddFlagsAsync(uids, MessageFlags.Deleted, silent: true, cancellationToken).ConfigureAwait(false);
            if (client.Capabilities.HasFlag(ImapCapabilities.UidPlus))
            {
                await open.ExpungeAsync(uids, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await open.ExpungeAsync(cancellationToken).ConfigureAwait(false);
            }

            uids.ForEach(u => seen.Remove(u));
            return uids.Count;
        }
        catch (Exception ex) when (IsMailboxFailure(ex))
        {
            throw Failure("refused to delete the confirmed test messages", ex);
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (client.IsConnected)
        {
            try
            {
                await client.DisconnectAsync(quit: true, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex) when (IsMailboxFailure(ex))
            {
                // Leaving: a failed LOGOUT changes nothing the run found.
            }
        }

        client.Dispose();
    }

    private async Task<IMailFolder> OpenAsync(CancellationToken cancellationToken)
    {
        if (folder is { IsOpen: true } && client.IsConnected)
        {
            return folder;
        }

        client.Timeout = (int)options.Timeout.TotalMilliseconds;
        client.ServerCertificateValidationCallback = CheckCertificate;
        var socket = options.Security switch
        {
            SmtpSecurity.Tls => SecureSocketOptions.SslOnConnect,
            SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
            _ => SecureSocketOptions.None,
        };
        if (!client.IsConnected)
        {
            await client.ConnectAsync(options.Host, options.Port, socket, cancellationToken).ConfigureAwait(false);
        }

        if (!client.IsAuthenticated)
        {
            await client.AuthenticateAsync(options.User, options.Password.Reveal(), cancellationToken).ConfigureAwait(false);
        }

        folder = await client.GetFolderAsync(options.Folder, cancellationToken).ConfigureAwait(false);
        await folder.OpenAsync(FolderAccess.ReadWrite, cancellationToken).ConfigureAwait(false);
        return folder;
    }

    private bool CheckCertificate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (options.CertificatePin is { } pin)
        {
            return certificate is not null && string.Equals(PeerFingerprint.OfCertificate(certificate.GetRawCertData()), pin, StringComparison.OrdinalIgnoreCase);
        }

        return errors == SslPolicyErrors.None;
    }

    private MailboxException Failure(string what, Exception ex)
    {
        var why = ex switch
        {
            AuthenticationException => $"the server refused the login of '{options.User}' (check the password reference and that the account may read the folder)",
            SslHandshakeException when options.CertificatePin is not null => "the server's certificate does not have the pinned SHA-256 fingerprint (verification.certificate_sha256)",
            SslHandshakeException => "the server's certificate is not trusted by this machine (install its CA, or pin it with verification.certificate_sha256)",
            FolderNotFoundException => $"it has no folder '{options.Folder}'",
            SocketException s => $"no connection ({s.SocketErrorCode})",
            _ => ex.Message,
        };
        return new MailboxException($"The mailbox {Description} {what}: {why}.", ex);
    }

    private static bool IsMailboxFailure(Exception ex) =>
        ex is IOException or SocketException or TimeoutException or ImapProtocolException or ImapCommandException
            or AuthenticationException or SslHandshakeException or FolderNotFoundException or ServiceNotConnectedException or ServiceNotAuthenticatedException or FormatException;
}
