namespace Provisioner.Abstractions;

/// <summary>
/// The device did not prove it is the peer the inventory trusts: its TLS certificate did not match the
/// pin (or the system trust store), or its SSH host key did not match the known-hosts store. Nothing is
/// sent after the handshake. The engine reports <c>untrusted</c>, distinct from <c>auth-failed</c>. Never retried.
/// </summary>
public sealed class DeviceUntrustedException : DeviceException
{
    /// <summary>Creates the exception.</summary>
    public DeviceUntrustedException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What did not match, with both fingerprints.</param>
    public DeviceUntrustedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the transport's own exception.</summary>
    /// <param name="message">What did not match, with both fingerprints.</param>
    /// <param name="innerException">The transport exception behind it.</param>
    public DeviceUntrustedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The fingerprint the inventory or the known-peers store expects (e.g. <c>SHA256:…</c>); null when the peer was unknown.</summary>
    public string? Expected { get; init; }

    /// <summary>The fingerprint the device presented.</summary>
    public string? Presented { get; init; }
}
