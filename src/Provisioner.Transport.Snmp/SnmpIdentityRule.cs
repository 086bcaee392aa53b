using System.Text.RegularExpressions;
using Provisioner.Abstractions;

namespace Provisioner.Transport.Snmp;

/// <summary>
/// The SNMP way of filling an <see cref="IdentityRule"/> and an <see cref="IdentifyResponse"/>: the
/// system group's sysObjectID and sysDescr become identity details under <see cref="SysObjectIdKey"/>
/// and <see cref="SysDescrKey"/>, and a rule on them is two <see cref="IdentityDetailRule"/>s.
/// </summary>
public static class SnmpIdentityRule
{
    /// <summary>The identity detail key of sysObjectID (dotted, no leading dot).</summary>
    public const string SysObjectIdKey = "snmp.sysObjectID";

    /// <summary>The identity detail key of sysDescr.</summary>
    public const string SysDescrKey = "snmp.sysDescr";

    /// <summary>A rule: sysObjectID under <paramref name="sysObjectIdPrefix"/> (at an arc boundary) and, when given, sysDescr matching <paramref name="sysDescrPattern"/>.</summary>
    /// <param name="sysObjectIdPrefix">The dotted prefix, e.g. <c>1.3.6.1.4.1.1918.2.13</c>; a leading dot is ignored.</param>
    /// <param name="sysDescrPattern">A regular expression for sysDescr (case-insensitive), or null for any.</param>
    /// <returns>The rule.</returns>
    public static IdentityRule Create(string sysObjectIdPrefix, string? sysDescrPattern = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sysObjectIdPrefix);
        var prefix = sysObjectIdPrefix.TrimStart('.');
        List<IdentityDetailRule> details =
        [
            new(SysObjectIdKey, "^" + Regex.Escape(prefix) + @"(\.[0-9]+)*$", $"under {prefix}", prefix.Length * 4),
        ];
        if (sysDescrPattern is not null)
        {
            details.Add(new(SysDescrKey, sysDescrPattern, $"to match /{sysDescrPattern}/", sysDescrPattern.Length));
        }

        return new IdentityRule { Details = details };
    }

    /// <summary>The identity details of a system group: sysObjectID and sysDescr where the agent answered them.</summary>
    /// <param name="sysObjectId">The dotted sysObjectID, or null.</param>
    /// <param name="sysDescr">The sysDescr, or null.</param>
    /// <returns>The details, for <see cref="IdentifyResponse.Details"/>.</returns>
    public static IReadOnlyDictionary<string, string> Details(string? sysObjectId, string? sysDescr)
    {
        var details = new Dictionary<string, string>(StringComparer.Ordinal);
        if (sysObjectId is not null)
        {
            details[SysObjectIdKey] = sysObjectId.TrimStart('.');
        }

        if (sysDescr is not null)
        {
            details[SysDescrKey] = sysDescr;
        }

        return details;
    }

    /// <summary>The identity of a device from its system group alone (vendor, model and firmware unknown).</summary>
    /// <param name="system">The system group.</param>
    /// <returns>The identity.</returns>
    public static IdentifyResponse Identity(SystemGroup system)
    {
        ArgumentNullException.ThrowIfNull(system);
        return new IdentifyResponse { Details = Details(system.SysObjectId, system.SysDescr) };
    }
}
