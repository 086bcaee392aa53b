using System.Globalization;
using Provisioner.Core;

namespace Provisioner.Cli.Trust;

/// <summary>
/// Writes confirmed certificates to a <c>known_certs</c> store: every new one, and a changed one only when
/// the person asked for <c>--replace</c> and the old fingerprint came from the store (a pin written in the
/// inventory is changed in the inventory, by hand).
/// </summary>
internal static class TrustRecorder
{
    /// <summary>Whether <paramref name="finding"/> is to be written when the person confirms.</summary>
    /// <param name="finding">The finding.</param>
    /// <param name="replace">Whether <c>--replace</c> was given.</param>
    /// <returns>True for a new certificate, and for a changed one with <paramref name="replace"/> that no inventory pin names.</returns>
    public static bool Wants(TrustFinding finding, bool replace)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Status == TrustStatus.New || (finding.Status == TrustStatus.Changed && replace && finding.Candidate.Pinned.Count == 0);
    }

    /// <summary>Records every finding <see cref="Wants"/> in <paramref name="store"/>.</summary>
    /// <param name="findings">The findings.</param>
    /// <param name="store">The store (the inventory's, or the lab's in a lab run).</param>
    /// <param name="replace">Whether <c>--replace</c> was given: a changed certificate's old lines are dropped.</param>
    /// <param name="now">When, for the line's comment.</param>
    /// <returns>The findings, those written marked <see cref="TrustFinding.Recorded"/>.</returns>
    public static IReadOnlyList<TrustFinding> Record(IReadOnlyList<TrustFinding> findings, KnownCertificatesFile store, bool replace, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(store);
        var result = new List<TrustFinding>(findings.Count);
        foreach (var finding in findings)
        {
            if (!Wants(finding, replace) || finding.Presented is not { } presented)
            {
                result.Add(finding);
                continue;
            }

            var comment = string.Create(CultureInfo.InvariantCulture, $"{finding.Candidate.Device} {presented.Subject} recorded {now.UtcDateTime:yyyy-MM-dd}");
            store.Record(finding.Candidate.Host, finding.Candidate.Port, presented.Sha256Fingerprint, comment, replace: finding.Status == TrustStatus.Changed);
            result.Add(finding with { Recorded = true });
        }

        return result;
    }
}
