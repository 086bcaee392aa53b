namespace Provisioner.Discovery;

/// <summary>The result of probing a site's ranges.</summary>
/// <param name="Probed">How many addresses were probed.</param>
/// <param name="Devices">The devices that answered, in address order.</param>
public sealed record SiteScan(int Probed, IReadOnlyList<DiscoveredDevice> Devices)
{
    /// <summary>How many answering devices a driver was suggested for.</summary>
    public int Identified => Devices.Count(d => d.Driver is not null);
}
