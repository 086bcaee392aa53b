namespace Provisioner.Inventory.Skeleton;

/// <summary>What the inventory skeleton says besides the devices.</summary>
public sealed record SkeletonOptions
{
    /// <summary>The site id, lower-case letters and digits, e.g. <c>newyork</c>.</summary>
    public required string SiteId { get; init; }

    /// <summary>The ranges probed, CIDR text such as <c>10.6.0.0/24</c>; they become the site's (and the relay's allowed) ranges.</summary>
    public required IReadOnlyList<string> Ranges { get; init; }

    /// <summary>The SNMP port probed; written per device when it is not 161.</summary>
    public int Port { get; init; } = 161;

    /// <summary>The credential set the site names (an existing set of the inventory, or <see cref="CredentialsYaml"/>'s).</summary>
    public required string CredentialsName { get; init; }

    /// <summary>A <c>credentials:</c> entry to write (flow mapping text), or null when the set comes from an existing inventory.</summary>
    public string? CredentialsYaml { get; init; }

    /// <summary>True to write only the <c>sites:</c> section, for a file dropped into an existing inventory directory.</summary>
    public bool SiteOnly { get; init; }
}
