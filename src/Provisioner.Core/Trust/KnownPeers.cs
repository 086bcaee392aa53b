using Provisioner.Abstractions;

namespace Provisioner.Core;

/// <summary>
/// The known-peers store of one inventory: <c>known_hosts</c> (SSH, OpenSSH format) and
/// <c>known_certs</c> (HTTPS) in the inventory's directory. Combined with the pins the inventory
/// itself gives, it tells each device connection which peer identities to accept.
/// </summary>
/// <param name="Hosts">The SSH host keys.</param>
/// <param name="Certificates">The HTTPS certificates.</param>
public sealed record KnownPeers(KnownHostsFile Hosts, KnownCertificatesFile Certificates)
{
    /// <summary>The SSH store's file name.</summary>
    public const string KnownHostsFileName = "known_hosts";

    /// <summary>The HTTPS store's file name.</summary>
    public const string KnownCertificatesFileName = "known_certs";

    /// <summary>Lines of either file that could not be read.</summary>
    public IReadOnlyList<string> Problems => [.. Hosts.Problems, .. Certificates.Problems];

    /// <summary>Loads the store of the inventory in <paramref name="directory"/>; missing files are empty stores.</summary>
    /// <param name="directory">The inventory's directory (the directory of a single-file inventory).</param>
    /// <returns>The store.</returns>
    public static KnownPeers Load(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        return new KnownPeers(
            KnownHostsFile.Load(System.IO.Path.Combine(directory, KnownHostsFileName)),
            KnownCertificatesFile.Load(System.IO.Path.Combine(directory, KnownCertificatesFileName)));
    }

    /// <summary>What the store trusts for a device at <paramref name="host"/>, on the ports its transports use.</summary>
    /// <param name="host">The device address.</param>
    /// <param name="sshPort">The SSH port the device is reached on.</param>
    /// <param name="httpsPort">The HTTPS port the device is reached on.</param>
    /// <returns>The accepted identities, possibly none.</returns>
    public PeerTrust TrustFor(string host, int sshPort, int httpsPort) => new()
    {
        HostKeyFingerprints = Hosts.FingerprintsFor(host, sshPort),
        CertificateFingerprints = Certificates.FingerprintsFor(host, httpsPort),
    };
}
