namespace Provisioner.Abstractions;

/// <summary>How a device protects its SMTP connection to the relay.</summary>
public enum SmtpSecurity
{
    /// <summary>Plain SMTP; nothing is encrypted.</summary>
    None = 0,

    /// <summary>Plain connection upgraded with the STARTTLS command (usually port 25 or 587).</summary>
    StartTls = 1,

    /// <summary>TLS from the first byte, "SMTPS" (usually port 465).</summary>
    Tls = 2,
}
