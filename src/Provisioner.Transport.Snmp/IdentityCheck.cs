using Provisioner.Abstractions;

namespace Provisioner.Transport.Snmp;

/// <summary>
/// The result of testing a device's identity against a driver's <see cref="IdentityRule"/>: whether it
/// matched and, when not, which part failed in words a person can act on.
/// </summary>
/// <param name="Matches">True when every part of the rule that is set matched.</param>
/// <param name="Reason">Why it did not match (empty when it did), e.g. <c>sysObjectID 1.3.6.1.4.1.8072.3.2.10 is not under 1.3.6.1.4.1.1918.2.13</c>.</param>
public sealed record IdentityCheck(bool Matches, string Reason)
{
    /// <summary>Tests <paramref name="identity"/> against <paramref name="rule"/>; a null rule accepts any device.</summary>
    /// <param name="rule">The driver's identity rule.</param>
    /// <param name="identity">What the device reported.</param>
    /// <returns>The check.</returns>
    public static IdentityCheck Of(IdentityRule? rule, IdentifyResponse identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        if (rule is null || rule.Matches(identity))
        {
            return new(true, string.Empty);
        }

        var reasons = new List<string>();
        if (rule.SysObjectIdPrefix is { } prefix && !(rule with { SysDescrPattern = null, ModelPattern = null }).Matches(identity))
        {
            reasons.Add($"sysObjectID {identity.SysObjectId ?? "(none)"} is not under {prefix.TrimStart('.')}");
        }

        if (rule.SysDescrPattern is { } pattern && !(rule with { SysObjectIdPrefix = null, ModelPattern = null }).Matches(identity))
        {
            reasons.Add($"sysDescr '{identity.SysDescr ?? "(none)"}' does not match /{pattern}/");
        }

        if (rule.ModelPattern is { } model && !(rule with { SysObjectIdPrefix = null, SysDescrPattern = null }).Matches(identity))
        {
            reasons.Add($"model '{identity.Model ?? "(none)"}' does not match /{model}/");
        }

        return new(false, string.Join("; ", reasons));
    }
}
