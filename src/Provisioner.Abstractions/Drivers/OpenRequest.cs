namespace Provisioner.Abstractions;

/// <summary>Everything a driver needs to open a session with one device.</summary>
/// <example>
/// <code>
/// new OpenRequest { DeviceName = "ups-ny-01", Address = "127.0.0.1", Port = 16161,
///     Credentials = credentials, Secrets = resolver, Mode = SessionMode.ReadOnly, Timeout = TimeSpan.FromSeconds(5) }
/// </code>
/// </example>
public sealed record OpenRequest
{
    /// <summary>The inventory name of the device, used in messages and diagnostics.</summary>
    public required string DeviceName { get; init; }

    /// <summary>The management address: an IP literal or host name, e.g. <c>10.6.1.21</c>.</summary>
    public required string Address { get; init; }

    /// <summary>The port; null means the driver's <see cref="DriverDescriptor.DefaultPort"/>.</summary>
    public int? Port { get; init; }

    /// <summary>The credentials per transport; secrets in it are references.</summary>
    public required CredentialSet Credentials { get; init; }

    /// <summary>Resolves the secret references of <see cref="Credentials"/> at open time.</summary>
    public required ISecretResolver Secrets { get; init; }

    /// <summary>
    /// Whether the session may write. <see cref="SessionMode.ReadOnly"/> for plan and diff: the session
    /// must refuse writes, and a driver may log in with read-only credentials.
    /// </summary>
    public SessionMode Mode { get; init; } = SessionMode.ReadOnly;

    /// <summary>
    /// The peer identities to accept (TLS certificate pins, SSH host keys). Drivers over HTTPS and SSH
    /// verify the peer against it before sending anything and throw <see cref="DeviceUntrustedException"/>
    /// on a mismatch; SNMP drivers ignore it. <see cref="PeerTrust.None"/> by default.
    /// </summary>
    public PeerTrust Trust { get; init; } = PeerTrust.None;

    /// <summary>How long one request to the device (one PDU, call or command) may take; 5 seconds by default.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The endpoint as <c>address:port</c>, for messages; the port is omitted when null.</summary>
    public string Endpoint => Port is { } port ? (Address.Contains(':', StringComparison.Ordinal) ? $"[{Address}]:{port}" : $"{Address}:{port}") : Address;
}
