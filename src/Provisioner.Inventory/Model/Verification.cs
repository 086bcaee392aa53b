using Provisioner.Abstractions;

namespace Provisioner.Inventory;

/// <summary>
/// The mailbox <c>provisioner test</c> watches for the devices' test alerts: the shared mailbox the
/// guideline makes a member of every group, read over IMAP. Written as the <c>verification</c> section.
/// </summary>
public sealed record Verification
{
    /// <summary>The IMAP server's host name or address, e.g. <c>mail01.contoso.com</c>.</summary>
    public required string Host { get; init; }

    /// <summary>The IMAP port; 993 for <see cref="SmtpSecurity.Tls"/>, 143 otherwise, when not written.</summary>
    public required int Port { get; init; }

    /// <summary>How the connection is protected: <c>tls</c> (implicit, the default), <c>starttls</c> or <c>none</c>.</summary>
    public SmtpSecurity Security { get; init; } = SmtpSecurity.Tls;

    /// <summary>The IMAP login, e.g. <c>administrator@contoso.com</c>.</summary>
    public required string User { get; init; }

    /// <summary>Where the IMAP password lives (never the password).</summary>
    public required SecretReference Password { get; init; }

    /// <summary>The folder to watch; <c>INBOX</c> when not written.</summary>
    public string Folder { get; init; } = "INBOX";

    /// <summary>
    /// The SHA-256 fingerprint the server's certificate must have (canonical form), or null to trust the
    /// system store. There is no switch that skips the check.
    /// </summary>
    public string? CertificatePin { get; init; }

    /// <summary>How long to wait for every test message after the last trigger; 120 s when not written.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Where it and each key were written.</summary>
    public required SourceMap Sources { get; init; }
}
