using System.Net;
using Provisioner.Abstractions;

namespace Provisioner.Mail;

/// <summary>The SMTP relay as the mail side sees it.</summary>
public sealed record MailRelay
{
    /// <summary>The relay's address as the devices use it, an IP literal such as <c>10.6.0.25</c>.</summary>
    public required string Address { get; init; }

    /// <summary>
    /// The relay's fully qualified host name, e.g. <c>mail01.contoso.com</c>: the target of the
    /// <c>smtp</c> CNAME. Null when the inventory does not name it; the DNS target cannot render then.
    /// </summary>
    public string? Hostname { get; init; }

    /// <summary>The networks relaying is allowed from, e.g. <c>10.6.0.0/16</c>, in inventory order.</summary>
    public IReadOnlyList<IPNetwork> AllowedRanges { get; init; } = [];

    /// <summary>Where the relay was defined; null when not from a file.</summary>
    public SourceLocation? Source { get; init; }

    /// <summary>Where the allowed ranges were written; null when not from a file.</summary>
    public SourceLocation? AllowedRangesSource { get; init; }
}
