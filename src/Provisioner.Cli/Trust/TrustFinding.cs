using Provisioner.Transport.Http;

namespace Provisioner.Cli.Trust;

/// <summary>What <c>provisioner trust</c> found for one device.</summary>
/// <param name="Candidate">The device and what was trusted before.</param>
/// <param name="Status">How the presented certificate compares.</param>
/// <param name="Presented">The certificate presented; null when unreachable.</param>
/// <param name="Problem">Why the device could not be checked; null otherwise.</param>
internal sealed record TrustFinding(TrustCandidate Candidate, TrustStatus Status, PresentedCertificate? Presented, string? Problem)
{
    /// <summary>True when this run wrote the presented fingerprint to the store.</summary>
    public bool Recorded { get; init; }
}
