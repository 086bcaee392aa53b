using System.Globalization;
using Provisioner.Core;

namespace Provisioner.Cli.Trust;

/// <summary>
/// Writes confirmed certificates to a <c>known_certs</c> store and confirmed host keys to a <c>known_hosts</c>
/// store (OpenSSH's line format): every new one, and a changed one only when the person asked for
/// <c>--replace</c> and the old fingerprint came from the store (a pin written in the inventory is changed
/// in the inventory, by hand).
/// </summary>
internal static class TrustRecorder
{
    /// <summary>Whether <paramref name="finding"/> is to be written when the person confirms.</summary>
    /// <param name="finding">The finding.</param>
    /// <param name="replace">Whether <c>--replace</c> was given.</param>
    /// <returns>True for a new certificate or key, and for a changed one with <paramref name="replace"/> that no inventory pin names.</returns>
    public static bool Wants(TrustFinding finding, bool replace)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Status == TrustStatus.New || (finding.Status == TrustStatus.Changed && replace && finding.Candidate.Pinned.Count == 0);
    }

    /// <summary>Records every finding <see cref="Wants"/> in <paramref name="stores"/>.</summary>
    /// <param name="findings">The findings.</param>
    /// <param name="stores">The stores (the inventory's, or the lab's in a lab run).</param>
    /// <param name="replace">Whether <c>--replace</c> was given: a changed certificate's or key's old lines are dropped.</param>
    /// <param name="now">When, for the line's comment.</param>
    /// <returns>The findings, those written marked <see cref="TrustFinding.Recorded"/>.</returns>
    public static IReadOnlyList<TrustFinding> Record(IReadOnlyList<TrustFinding> findings, KnownPeers stores, bool replace, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(stores);
        var result = new List<TrustFinding>(findings.Count);
        foreach (var finding in findings)
        {
            var c = finding.Candidate;
            var changed = finding.Status == TrustStatus.Changed;
            if (!Wants(finding, replace))
            {
                result.Add(finding);
            }
            else if (finding.Presented is { } certificate)
            {
                var comment = string.Create(CultureInfo.InvariantCulture, $"{c.Device} {certificate.Subject} recorded {now.UtcDateTime:yyyy-MM-dd}");
                stores.Certificates.Record(c.Host, c.Port, certificate.Sha256Fingerprint, comment, replace: changed);
                result.Add(finding with { Recorded = true });
            }
            else if (finding.HostKey is { } key)
            {
                var comment = string.Create(CultureInfo.InvariantCulture, $"{c.Device} recorded {now.UtcDateTime:yyyy-MM-dd}");
                stores.Hosts.Record(c.Host, c.Port, key.KeyType, key.KeyBase64, comment, replace: changed);
                result.Add(finding with { Recorded = true });
            }
            else
            {
                result.Add(finding);
            }
        }

        return result;
    }

    /// <summary>
    /// Names what <paramref name="findings"/> hold and where it goes, e.g. <c>1 certificate(s) in inv/known_certs</c>
    /// or <c>1 certificate(s) in inv/known_certs and 2 host key(s) in inv/known_hosts</c>.
    /// </summary>
    /// <param name="findings">The findings meant.</param>
    /// <param name="stores">The stores they go to.</param>
    /// <returns>The words; empty for no findings.</returns>
    public static string Describe(IEnumerable<TrustFinding> findings, KnownPeers stores)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(stores);
        var list = findings.ToList();
        var parts = new List<string>();
        if (list.Count(f => !f.Candidate.IsSsh) is > 0 and var certificates)
        {
            parts.Add($"{certificates} certificate(s) in {stores.Certificates.Path}");
        }

        if (list.Count(f => f.Candidate.IsSsh) is > 0 and var keys)
        {
            parts.Add($"{keys} host key(s) in {stores.Hosts.Path}");
        }

        return string.Join(" and ", parts);
    }

    /// <summary>The store files <paramref name="findings"/> would be written to, joined with <c>and</c>.</summary>
    /// <param name="findings">The findings meant.</param>
    /// <param name="stores">The stores.</param>
    /// <returns>E.g. <c>inv/known_certs</c>.</returns>
    public static string Paths(IEnumerable<TrustFinding> findings, KnownPeers stores)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(stores);
        return string.Join(" and ", findings.Select(f => f.Candidate.IsSsh ? stores.Hosts.Path : stores.Certificates.Path).Distinct(StringComparer.Ordinal));
    }
}
