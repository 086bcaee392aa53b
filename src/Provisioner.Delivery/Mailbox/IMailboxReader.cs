namespace Provisioner.Delivery;

/// <summary>
/// The mailbox <c>provisioner test</c> watches for test alerts: the shared mailbox the guideline makes a
/// member of every group. Two implementations: IMAP (<see cref="ImapMailboxReader"/>) for a real site,
/// and the lab's SMTP capture for <c>demo</c>.
/// </summary>
public interface IMailboxReader : IAsyncDisposable
{
    /// <summary>Where the reader looks, for reports, e.g. <c>imaps://mail01.contoso.com:993/INBOX</c>; never a password.</summary>
    string Description { get; }

    /// <summary>Returns the messages that arrived at or after <paramref name="since"/>, oldest first.</summary>
    /// <param name="since">The earliest arrival time of interest.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The messages.</returns>
    /// <exception cref="MailboxException">The mailbox cannot be reached, refused the login, or has no such folder.</exception>
    ValueTask<IReadOnlyList<MailboxMessage>> FetchAsync(DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>Deletes the messages with the given <see cref="MailboxMessage.Id"/>s (the confirmed test alerts).</summary>
    /// <param name="ids">The ids.</param>
    /// <param name="cancellationToken">Cancels the deletion.</param>
    /// <returns>How many were deleted.</returns>
    /// <exception cref="MailboxException">The mailbox cannot be reached or refused the deletion.</exception>
    ValueTask<int> DeleteAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken);
}
