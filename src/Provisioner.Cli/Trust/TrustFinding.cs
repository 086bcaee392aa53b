using Provisioner.Transport.Http;
using Provisioner.Transport.Ssh;

namespace Provisioner.Cli.Trust;

/// <summary>What <c>provisioner trust</c> found for one device endpoint.</summary>
/// <param name="Candidate">The device and what was trusted before.</param>
/// <param name="Status">How the presented certificate or host key compares.</param>
/// <param name="Presented">The certificate presented; null when unreachable or for an SSH endpoint.</param>
/// <param name="Problem">Why the device could not be checked; null otherwise.</param>
internal sealed record TrustFinding(TrustCandidate Candidate, TrustStatus Status, PresentedCertificate? Presented, string? Problem)
{
    /// <summary>The host key an SSH endpoint presented; null when unreachable or for an HTTPS endpoint.</summary>
    public PresentedHostKey? HostKey { get; init; }

    /// <summary>True when this run wrote the presented fingerprint to the store.</summary>
    public bool Recorded { get; init; }

    /// <summary>The presented certificate's or host key's fingerprint; null when nothing was presented.</summary>
    public string? Fingerprint => Presented?.Sha256Fingerprint ?? HostKey?.Fingerprint;
}
