using System.Text.RegularExpressions;

namespace Provisioner.Abstractions;

/// <summary>
/// How to recognise a device this driver handles from its <see cref="IdentifyResponse"/>. Both parts
/// that are set must match. Used to refuse writing to the wrong kind of device (outcome identity-mismatch).
/// </summary>
/// <example><c>new IdentityRule { SysObjectIdPrefix = "1.3.6.1.4.1.1918.2.13", SysDescrPattern = "^SC[23]00" }</c></example>
public sealed record IdentityRule
{
    /// <summary>A dotted OID prefix the device's sysObjectID must start with (at an arc boundary); null for any.</summary>
    public string? SysObjectIdPrefix { get; init; }

    /// <summary>A regular expression sysDescr must match (culture-invariant, case-insensitive); null for any.</summary>
    public string? SysDescrPattern { get; init; }

    /// <summary>A regular expression the reported model must match (case-insensitive); null for any.</summary>
    public string? ModelPattern { get; init; }

    /// <summary>Tests <paramref name="identity"/> against the rule. A set part whose field is missing does not match.</summary>
    /// <param name="identity">What the device reported.</param>
    /// <returns>True when every set part matches.</returns>
    public bool Matches(IdentifyResponse identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        if (SysObjectIdPrefix is { } prefix)
        {
            var oid = identity.SysObjectId?.TrimStart('.');
            var p = prefix.TrimStart('.');
            if (oid is null || !(oid == p || oid.StartsWith(p + ".", StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return MatchesPattern(SysDescrPattern, identity.SysDescr) && MatchesPattern(ModelPattern, identity.Model);
    }

    private static bool MatchesPattern(string? pattern, string? value) =>
        pattern is null
        || (value is not null && Regex.IsMatch(value, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
}
