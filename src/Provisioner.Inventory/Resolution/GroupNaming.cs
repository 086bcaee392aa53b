namespace Provisioner.Inventory;

/// <summary>The guideline's group naming: <c>alerts</c>, <c>alerts-&lt;type&gt;</c>, and site-qualified forms for sites with separate staff.</summary>
public static class GroupNaming
{
    /// <summary>The group every organisation starts with: <c>alerts</c>.</summary>
    public const string BaseGroup = "alerts";

    /// <summary>The group for critical alerts requiring broader visibility: <c>alerts-critical</c>.</summary>
    public const string CriticalGroup = "alerts-critical";

    /// <summary>True when <paramref name="groupName"/> is the critical group, plain or qualified for any site in <paramref name="siteIds"/>.</summary>
    /// <param name="groupName">The group name.</param>
    /// <param name="siteIds">The site ids of the inventory.</param>
    /// <returns>Whether it is a critical group.</returns>
    public static bool IsCriticalGroup(string groupName, IEnumerable<string> siteIds)
    {
        ArgumentNullException.ThrowIfNull(groupName);
        ArgumentNullException.ThrowIfNull(siteIds);
        return string.Equals(groupName, CriticalGroup, StringComparison.OrdinalIgnoreCase)
            || siteIds.Any(s => string.Equals(groupName, SiteQualified(CriticalGroup, s), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Inserts <paramref name="siteId"/> after the first part of a group name: <c>alerts</c> → <c>alerts-newyork</c>,
    /// <c>alerts-power</c> → <c>alerts-newyork-power</c>. A name already qualified for the site is returned unchanged.
    /// </summary>
    /// <param name="groupName">The group name, e.g. <c>alerts-power</c>.</param>
    /// <param name="siteId">The site id, e.g. <c>newyork</c>.</param>
    /// <returns>The site-qualified name.</returns>
    public static string SiteQualified(string groupName, string siteId)
    {
        ArgumentNullException.ThrowIfNull(groupName);
        ArgumentNullException.ThrowIfNull(siteId);
        if (IsQualifiedFor(groupName, siteId))
        {
            return groupName;
        }

        var dash = groupName.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? $"{groupName}-{siteId}" : $"{groupName[..dash]}-{siteId}{groupName[dash..]}";
    }

    /// <summary>True when the second part of <paramref name="groupName"/> is <paramref name="siteId"/> (<c>alerts-newyork</c>, <c>alerts-newyork-power</c>).</summary>
    /// <param name="groupName">The group name.</param>
    /// <param name="siteId">The site id.</param>
    /// <returns>Whether the name is qualified for the site.</returns>
    public static bool IsQualifiedFor(string groupName, string siteId)
    {
        ArgumentNullException.ThrowIfNull(groupName);
        ArgumentNullException.ThrowIfNull(siteId);
        var dash = groupName.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
        {
            return false;
        }

        var rest = groupName.AsSpan(dash + 1);
        return rest.StartsWith(siteId, StringComparison.OrdinalIgnoreCase)
            && (rest.Length == siteId.Length || rest[siteId.Length] == '-');
    }

    /// <summary>The local part of an e-mail address (before the last '@').</summary>
    /// <param name="address">The address.</param>
    /// <returns>The local part.</returns>
    public static string LocalPart(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var at = address.LastIndexOf('@');
        return at < 0 ? address : address[..at];
    }
}
