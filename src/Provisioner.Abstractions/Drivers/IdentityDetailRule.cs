namespace Provisioner.Abstractions;

/// <summary>
/// One transport-specific part of an <see cref="IdentityRule"/>: the detail <see cref="Key"/> of the
/// <see cref="IdentifyResponse"/> must match <see cref="Pattern"/>. Transports build these (the SNMP kit
/// turns a sysObjectID prefix into one); the contract only knows keys and patterns.
/// </summary>
/// <param name="Key">The detail key, e.g. <c>snmp.sysObjectID</c>.</param>
/// <param name="Pattern">A regular expression the detail must match (culture-invariant, case-insensitive).</param>
/// <param name="Expectation">The rule in words, completing "expected …" in messages, e.g. <c>under 1.3.6.1.4.1.1918.2.13</c> or <c>to match /^SC200/</c>.</param>
/// <param name="Weight">How specific the part is, for choosing among several matching drivers (longer prefixes weigh more).</param>
public sealed record IdentityDetailRule(string Key, string Pattern, string Expectation, int Weight)
{
    /// <summary>Tests the detail of <paramref name="identity"/>; a missing detail does not match.</summary>
    /// <param name="identity">What the device reported.</param>
    /// <returns>True when the detail is present and matches.</returns>
    public bool Matches(IdentifyResponse identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return identity.Detail(Key) is { } value && IdentityRule.IsMatch(Pattern, value);
    }
}
