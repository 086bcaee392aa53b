using Provisioner.Abstractions;
using Provisioner.Transport.Ssh;

namespace Provisioner.Cli.Trust;

/// <summary>
/// Connects to an SSH device far enough to see its host key (<see cref="SshHostKeyProbe"/>: no user name
/// or password is sent) and compares the key with what is pinned or recorded for it.
/// </summary>
internal static class HostKeyTrustCheck
{
    /// <summary>How <paramref name="presented"/> compares with what <paramref name="candidate"/> trusts.</summary>
    /// <param name="candidate">The device and what is trusted for it.</param>
    /// <param name="presented">The host key it presented.</param>
    /// <returns>Trusted, changed, or new (an SSH key has no system store to trust it).</returns>
    public static TrustStatus Classify(TrustCandidate candidate, PresentedHostKey presented)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(presented);
        if (candidate.Expected.Count == 0)
        {
            return TrustStatus.New;
        }

        return candidate.Expected.Contains(presented.Fingerprint, StringComparer.Ordinal) ? TrustStatus.Trusted : TrustStatus.Changed;
    }

    /// <summary>Probes one SSH endpoint; an unreachable device is a finding, not a failure.</summary>
    /// <param name="candidate">The device.</param>
    /// <param name="timeout">How long the connect and key exchange may take.</param>
    /// <param name="cancellationToken">Cancels the probe.</param>
    /// <returns>The finding.</returns>
    public static async Task<TrustFinding> CheckOneAsync(TrustCandidate candidate, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        try
        {
            var presented = await SshHostKeyProbe.ProbeAsync(candidate.Host, candidate.Port, timeout, cancellationToken).ConfigureAwait(false);
            return new TrustFinding(candidate, Classify(candidate, presented), null, null) { HostKey = presented };
        }
        catch (DeviceException ex) when (ex is DeviceUnreachableException or DeviceTimeoutException or DeviceProtocolException)
        {
            return new TrustFinding(candidate, TrustStatus.Unreachable, null, ex.Message);
        }
    }
}
