using Provisioner.Abstractions;
using Provisioner.Transport.Http;

namespace Provisioner.Cli.Trust;

/// <summary>
/// Connects to each HTTPS device, completes the TLS handshake (no HTTP request is sent) and compares the
/// certificate presented with what is pinned or recorded for it.
/// </summary>
internal static class CertificateTrustCheck
{
    /// <summary>Probes every candidate, at most <paramref name="parallel"/> at once; one unreachable device does not stop the others.</summary>
    /// <param name="candidates">The devices.</param>
    /// <param name="timeout">How long one connect and handshake may take.</param>
    /// <param name="parallel">How many devices at once.</param>
    /// <param name="cancellationToken">Cancels the probes.</param>
    /// <returns>One finding per candidate, in the candidates' order.</returns>
    public static async Task<IReadOnlyList<TrustFinding>> CheckAsync(IReadOnlyList<TrustCandidate> candidates, TimeSpan timeout, int parallel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var findings = new TrustFinding[candidates.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallel), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, candidates.Count), options, async (index, token) =>
            findings[index] = await CheckOneAsync(candidates[index], timeout, token).ConfigureAwait(false)).ConfigureAwait(false);
        return findings;
    }

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

    private static async Task<TrustFinding> CheckOneAsync(TrustCandidate candidate, TimeSpan timeout, CancellationToken cancellationToken)
    {
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
