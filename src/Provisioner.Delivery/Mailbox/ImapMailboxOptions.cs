using Provisioner.Abstractions;

namespace Provisioner.Delivery;

/// <summary>Where and how <see cref="ImapMailboxReader"/> logs in.</summary>
public sealed record ImapMailboxOptions
{
    /// <summary>The IMAP server's host name or address, e.g. <c>mail01.contoso.com</c>.</summary>
    public required string Host { get; init; }

    /// <summary>The port, e.g. 993.</summary>
    public required int Port { get; init; }

    /// <summary><see cref="SmtpSecurity.Tls"/>: TLS from the first byte; <see cref="SmtpSecurity.StartTls"/>: upgrade required; <see cref="SmtpSecurity.None"/>: plain text.</summary>
    public SmtpSecurity Security { get; init; } = SmtpSecurity.Tls;

    /// <summary>The login.</summary>
    public required string User { get; init; }

    /// <summary>The password, resolved from its reference; never printed.</summary>
    public required Secret Password { get; init; }

    /// <summary>The folder to watch, e.g. <c>INBOX</c>.</summary>
    public string Folder { get; init; } = "INBOX";

    /// <summary>The SHA-256 fingerprint (canonical form) the certificate must have; null: the system store decides.</summary>
    public string? CertificatePin { get; init; }

    /// <summary>The timeout of each network step.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The mailbox as a URL for reports, e.g. <c>imaps://administrator@contoso.com@mail01:993/INBOX</c>.</summary>
    public string Description => $"{(Security == SmtpSecurity.Tls ? "imaps" : "imap")}://{User}@{Host}:{Port}/{Folder}";
}
