namespace Provisioner.Inventory.Loading;

/// <summary>A site as written: the site without resolved devices, and its device drafts.</summary>
/// <param name="Site">The site; its <see cref="Site.Devices"/> is empty until resolution.</param>
/// <param name="Devices">The devices as written.</param>
internal sealed record SiteDraft(Site Site, IReadOnlyList<DeviceDraft> Devices);
