using System.Net;
using Provisioner.Abstractions;

namespace Provisioner.Inventory;

/// <summary>The SMTP relay every device sends through.</summary>
public sealed record Relay
{
    /// <summary>The relay address as written; the guideline asks for an IP literal, e.g. <c>10.6.0.25</c>.</summary>
    public required string Address { get; init; }

    /// <summary>The relay's FQDN (the DNS CNAME <c>smtp</c> points here), or null.</summary>
    public string? Hostname { get; init; }

    /// <summary>The relay's TCP port; 25 when not written.</summary>
    public int Port { get; init; } = 25;

    /// <summary>How devices protect the connection.</summary>
    public SmtpSecurity Security { get; init; } = SmtpSecurity.None;

    /// <summary>The address ranges the relay accepts relaying from.</summary>
    public IReadOnlyList<IPNetwork> AllowedRanges { get; init; } = [];

    /// <summary>SMTP authentication, or null (the guideline's way).</summary>
    public RelayAuth? Auth { get; init; }

    /// <summary>Where it and each key were written.</summary>
    public required SourceMap Sources { get; init; }
}
