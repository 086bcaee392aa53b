namespace Provisioner.Cli.Trust;

/// <summary>How the certificate or SSH host key a device presented compares with what the inventory and its known-peers store trust.</summary>
internal enum TrustStatus
{
    /// <summary>Its fingerprint is pinned in the inventory or recorded in <c>known_certs</c> / <c>known_hosts</c>.</summary>
    Trusted,

    /// <summary>Nothing is pinned or recorded and the system trust store accepts the certificate: runs connect without a pin (HTTPS only).</summary>
    TrustedBySystem,

    /// <summary>Nothing is pinned or recorded (and, for a certificate, the system trust store does not accept it): runs refuse it until it is recorded.</summary>
    New,

    /// <summary>A different certificate is pinned or recorded: runs refuse it (outcome <c>untrusted</c>).</summary>
    Changed,

    /// <summary>No TLS handshake or SSH key exchange: the device could not be reached or does not serve that protocol on that port.</summary>
    Unreachable,
}
