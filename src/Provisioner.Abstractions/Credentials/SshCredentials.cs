namespace Provisioner.Abstractions;

/// <summary>How to log in to a device's SSH CLI. One of <see cref="Password"/> or <see cref="PrivateKey"/> is set.</summary>
public sealed record SshCredentials
{
    /// <summary>The login name.</summary>
    public required string User { get; init; }

    /// <summary>The password, as a reference.</summary>
    public SecretReference? Password { get; init; }

    /// <summary>
    /// The private key (OpenSSH, PEM or PuTTY text), as a reference. A <c>file:</c> reference names the key
    /// file and the SSH transport reads the whole file; an <c>env:</c> reference holds the key text.
    /// </summary>
    public SecretReference? PrivateKey { get; init; }

    /// <summary>The passphrase of an encrypted <see cref="PrivateKey"/>, as a reference; null for an unencrypted key.</summary>
    public SecretReference? PrivateKeyPassphrase { get; init; }
}
