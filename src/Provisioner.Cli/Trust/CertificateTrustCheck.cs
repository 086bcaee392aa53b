using Provisioner.Abstractions;
using Provisioner.Transport.Http;

namespace Provisioner.Cli.Trust;

/// <summary>
/// Connects to each HTTPS device, completes the TLS handshake (no HTTP request is sent) and compares the
/// certificate presented with what is pinned or recorded for it.
/// </summary>
internal static class CertificateTrustCheck
{
    /// <summary>How <paramref name="presented"/> compares with what <paramref name="candidate"/> trusts.</summary>
    /// <param name="candidate">The device and what is trusted for it.</param>
    /// <param name="presented">The certificate it presented.</param>
    /// <returns>The status.</returns>
    public static TrustStatus Classify(TrustCandidate candidate, PresentedCertificate presented)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(presented);
        if (candidate.Expected.Count > 0)
        {
            return candidate.Expected.Contains(presented.Sha256Fingerprint, StringComparer.OrdinalIgnoreCase) ? TrustStatus.Trusted : TrustStatus.Changed;
        }

        return presented.TrustedBySystem ? TrustStatus.TrustedBySystem : TrustStatus.New;
    }

    /// <summary>Probes one HTTPS endpoint; an unreachable device is a finding, not a failure.</summary>
    /// <param name="candidate">The device.</param>
    /// <param name="timeout">How long the connect and handshake may take.</param>
    /// <param name="cancellationToken">Cancels the probe.</param>
    /// <returns>The finding.</returns>
    public static async Task<TrustFinding> CheckOneAsync(TrustCandidate candidate, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        try
        {
            var presented = await TlsCertificateProbe.ProbeAsync(candidate.Host, candidate.Port, timeout, cancellationToken).ConfigureAwait(false);
            return new TrustFinding(candidate, Classify(candidate, presented), presented, null);
        }
        catch (DeviceException ex) when (ex is DeviceUnreachableException or DeviceTimeoutException)
        {
            return new TrustFinding(candidate, TrustStatus.Unreachable, null, ex.Message);
        }
    }
}
