using System.Net;

namespace Provisioner.Inventory;

/// <summary>A site and its devices.</summary>
public sealed record Site
{
    /// <summary>The site id: lower-case letters and digits, used in site-qualified groups, e.g. <c>newyork</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The display name, e.g. <c>New York</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Whether separate staff manage the site; then its recipients are site-qualified (<c>alerts-newyork-power</c>).</summary>
    public bool SeparateStaff { get; init; }

    /// <summary>The site's address ranges.</summary>
    public IReadOnlyList<IPNetwork> Ranges { get; init; } = [];

    /// <summary>The name of the site's default credential set, or null.</summary>
    public string? CredentialsName { get; init; }

    /// <summary>The site's overrides of the organisation defaults, or null.</summary>
    public NotificationDefaults? Defaults { get; init; }

    /// <summary>The site's devices, in written order.</summary>
    public IReadOnlyList<Device> Devices { get; init; } = [];

    /// <summary>Where it and each key were written.</summary>
    public required SourceMap Sources { get; init; }
}
