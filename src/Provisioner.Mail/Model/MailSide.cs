using Provisioner.Abstractions;

namespace Provisioner.Mail;

/// <summary>
/// Everything the mail-server side needs to know about one inventory: the mail domain, the relay
/// with the ranges it must accept mail from, the distribution groups with their members, and the
/// devices that will send. Renderers turn it into Exchange, Postfix and DNS configuration; the
/// <see cref="MailSideChecker"/> cross-checks it. It never holds a secret.
/// </summary>
public sealed record MailSide
{
    /// <summary>The mail domain, e.g. <c>contoso.com</c>: senders and groups are <c>@</c> it.</summary>
    public required string Domain { get; init; }

    /// <summary>The relay the devices send through.</summary>
    public required MailRelay Relay { get; init; }

    /// <summary>The shared mailbox every group must contain, e.g. <c>administrator@contoso.com</c>.</summary>
    public required string SharedMailbox { get; init; }

    /// <summary>Where <see cref="SharedMailbox"/> was written; null when not from a file.</summary>
    public SourceLocation? SharedMailboxSource { get; init; }

    /// <summary>The distribution groups, in inventory order.</summary>
    public IReadOnlyList<MailGroup> Groups { get; init; } = [];

    /// <summary>The devices that send alert e-mail through the relay (used by <c>mail check</c>).</summary>
    public IReadOnlyList<MailDevice> Devices { get; init; } = [];

    /// <summary>Which inventory this came from, for the header of every rendered file.</summary>
    public required InventoryOrigin Origin { get; init; }

    /// <summary>
    /// The mail contacts the external recipients of all groups need, one per distinct address
    /// (compared case-insensitively), in the order they first appear.
    /// </summary>
    public IReadOnlyList<MailContact> Contacts => MailContact.FromGroups(Groups);
}
