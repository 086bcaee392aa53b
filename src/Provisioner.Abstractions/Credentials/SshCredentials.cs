namespace Provisioner.Abstractions;

/// <summary>How to log in to a device's SSH CLI. One of <see cref="Password"/> or <see cref="PrivateKey"/> is set.</summary>
public sealed record SshCredentials
{
    /// <summary>The login name.</summary>
    public required string User { get; init; }

    /// <summary>The password, as a reference.</summary>
    public SecretReference? Password { get; init; }

    /// <summary>The private key (PEM/OpenSSH text), as a reference.</summary>
    public SecretReference? PrivateKey { get; init; }
}
