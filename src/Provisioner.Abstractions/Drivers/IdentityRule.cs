using System.Text.RegularExpressions;

namespace Provisioner.Abstractions;

/// <summary>
/// How to recognise a device this driver handles from its <see cref="IdentifyResponse"/>, whatever the
/// transport. Every part that is set must match. The engine tests it once per device, before anything
/// is read or written (outcome <c>identity-mismatch</c>); discovery uses it to suggest a driver.
/// </summary>
/// <example>
/// <c>new IdentityRule { ModelPattern = "^iLO [56]$" }</c>, or an SNMP rule built by the SNMP transport:
/// <c>SnmpIdentityRule.Create("1.3.6.1.4.1.1918.2.13", "^SC200 Controller")</c>.
/// </example>
public sealed record IdentityRule
{
    /// <summary>A regular expression the reported vendor must match (case-insensitive); null for any.</summary>
    public string? VendorPattern { get; init; }

    /// <summary>A regular expression the reported model must match (case-insensitive); null for any.</summary>
    public string? ModelPattern { get; init; }

    /// <summary>A regular expression the reported firmware must match (case-insensitive); null for any.</summary>
    public string? FirmwarePattern { get; init; }

    /// <summary>Transport-specific parts, each on one detail of the identity.</summary>
    public IReadOnlyList<IdentityDetailRule> Details { get; init; } = [];

    /// <summary>How specific the rule is: the weights of its parts; discovery prefers the most specific match.</summary>
    public int Specificity =>
        Details.Sum(d => d.Weight) + (VendorPattern?.Length ?? 0) + (ModelPattern?.Length ?? 0) + (FirmwarePattern?.Length ?? 0);

    /// <summary>Tests <paramref name="identity"/> against the rule. A set part whose field is missing does not match.</summary>
    /// <param name="identity">What the device reported.</param>
    /// <returns>True when every set part matches.</returns>
    public bool Matches(IdentifyResponse identity) => Mismatches(identity).Count == 0;

    /// <summary>Every part of the rule that <paramref name="identity"/> does not meet, in words a person can act on.</summary>
    /// <param name="identity">What the device reported.</param>
    /// <returns>The reasons, empty when the identity matches.</returns>
    /// <example><c>snmp.sysObjectID is '1.3.6.1.4.1.8072.3.2.10', expected under 1.3.6.1.4.1.1918.2.13</c></example>
    public IReadOnlyList<string> Mismatches(IdentifyResponse identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var reasons = new List<string>();
        Check(reasons, "vendor", VendorPattern, identity.Vendor);
        Check(reasons, "model", ModelPattern, identity.Model);
        Check(reasons, "firmware", FirmwarePattern, identity.Firmware);
        foreach (var detail in Details.Where(d => !d.Matches(identity)))
        {
            reasons.Add($"{detail.Key} is '{identity.Detail(detail.Key) ?? "(none)"}', expected {detail.Expectation}");
        }

        return reasons;
    }

    /// <summary>Whether <paramref name="value"/> matches <paramref name="pattern"/> (culture-invariant, case-insensitive, 1 s limit).</summary>
    /// <param name="pattern">The regular expression.</param>
    /// <param name="value">The text.</param>
    /// <returns>True on a match.</returns>
    internal static bool IsMatch(string pattern, string value) =>
        Regex.IsMatch(value, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static void Check(List<string> reasons, string field, string? pattern, string? value)
    {
        if (pattern is not null && (value is null || !IsMatch(pattern, value)))
        {
            reasons.Add($"{field} is '{value ?? "(none)"}', expected to match /{pattern}/");
        }
    }
}
