namespace Provisioner.Inventory.Skeleton;

/// <summary>One device for the inventory skeleton, as found on the network.</summary>
/// <param name="Address">Its management address.</param>
public sealed record SkeletonDevice(string Address)
{
    /// <summary>The name the device gave itself (e.g. sysName), or null; the skeleton derives a unique inventory name from it or the address.</summary>
    public string? SuggestedName { get; init; }

    /// <summary>The suggested driver id, or null for a person to fill in.</summary>
    public string? DriverId { get; init; }

    /// <summary>The inventory kind, or null for a person to fill in.</summary>
    public string? Kind { get; init; }

    /// <summary>The inventory category, or null for a person to fill in.</summary>
    public string? Category { get; init; }

    /// <summary>What identified the device, for the comment above it, e.g. <c>sysObjectID 1.3.6.1.4.1.1918.2.13, sysDescr "SC200"</c>.</summary>
    public string Evidence { get; init; } = string.Empty;

    /// <summary>What else a person should know (e.g. why no driver was suggested); empty otherwise.</summary>
    public string Note { get; init; } = string.Empty;
}
