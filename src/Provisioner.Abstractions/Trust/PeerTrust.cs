namespace Provisioner.Abstractions;

/// <summary>
/// Which peer identities a device connection accepts, assembled before the device is contacted from the
/// inventory's pins (credential set, then device) and the known-peers store that lives with the
/// inventory. HTTPS drivers accept a certificate whose fingerprint is listed (or, with none listed, one
/// the system trust store accepts); SSH drivers accept a host key whose fingerprint is listed, and
/// nothing else. A mismatch is a <see cref="DeviceUntrustedException"/>.
/// </summary>
public sealed record PeerTrust
{
    /// <summary>Nothing pinned or known: HTTPS falls back to the system trust store, SSH refuses every host key.</summary>
    public static PeerTrust None { get; } = new();

    /// <summary>Accepted TLS certificate fingerprints, canonical (<see cref="PeerFingerprint.OfCertificate"/>).</summary>
    public IReadOnlyList<string> CertificateFingerprints { get; init; } = [];

    /// <summary>Accepted SSH host-key fingerprints, canonical (<see cref="PeerFingerprint.OfSshHostKey"/>).</summary>
    public IReadOnlyList<string> HostKeyFingerprints { get; init; } = [];

    /// <summary>Whether a certificate with <paramref name="fingerprint"/> is pinned.</summary>
    /// <param name="fingerprint">The presented certificate's fingerprint, canonical.</param>
    /// <returns>True when listed.</returns>
    public bool AcceptsCertificate(string fingerprint) => CertificateFingerprints.Contains(fingerprint, StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a host key with <paramref name="fingerprint"/> is known.</summary>
    /// <param name="fingerprint">The presented key's fingerprint, canonical.</param>
    /// <returns>True when listed.</returns>
    public bool AcceptsHostKey(string fingerprint) => HostKeyFingerprints.Contains(fingerprint, StringComparer.Ordinal);

    /// <summary>This trust with the entries of <paramref name="other"/> added (duplicates dropped).</summary>
    /// <param name="other">More accepted identities.</param>
    /// <returns>The union.</returns>
    public PeerTrust With(PeerTrust other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new PeerTrust
        {
            CertificateFingerprints = [.. CertificateFingerprints.Concat(other.CertificateFingerprints).Distinct(StringComparer.OrdinalIgnoreCase)],
            HostKeyFingerprints = [.. HostKeyFingerprints.Concat(other.HostKeyFingerprints).Distinct(StringComparer.Ordinal)],
        };
    }
}
