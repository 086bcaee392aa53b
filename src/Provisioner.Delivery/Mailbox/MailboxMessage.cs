namespace Provisioner.Delivery;

/// <summary>One message in the watched mailbox, as much of it as correlation needs.</summary>
public sealed record MailboxMessage
{
    /// <summary>The reader's id for it (an IMAP UID, a capture index), used by <see cref="IMailboxReader.DeleteAsync"/>.</summary>
    public required string Id { get; init; }

    /// <summary>The sender: the envelope sender (<c>Return-Path</c>) when known, else the <c>From</c> address; lower case.</summary>
    public required string Sender { get; init; }

    /// <summary>The decoded subject; empty when absent.</summary>
    public string Subject { get; init; } = string.Empty;

    /// <summary>The text body; empty when absent.</summary>
    public string Body { get; init; } = string.Empty;

    /// <summary>
    /// The addresses this copy was delivered for, before expansion: every <c>X-Original-To</c> header
    /// (Postfix writes the group address there), else the envelope recipients where the reader knows them
    /// (the lab capture), else the <c>To</c> and <c>Cc</c> headers. Lower case.
    /// </summary>
    public IReadOnlyList<string> DeliveredFor { get; init; } = [];

    /// <summary>When the mailbox received it (IMAP INTERNALDATE; the capture's clock).</summary>
    public required DateTimeOffset ArrivedAt { get; init; }
}
