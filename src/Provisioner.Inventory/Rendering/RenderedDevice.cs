namespace Provisioner.Inventory.Rendering;

/// <summary>One device in the desired-state document: what it is, where it is, what it should hold and why.</summary>
public sealed record RenderedDevice
{
    /// <summary>The device name.</summary>
    public required string Name { get; init; }

    /// <summary>The site id.</summary>
    public required string Site { get; init; }

    /// <summary>The kind word, e.g. <c>ups</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The category word, e.g. <c>power</c>.</summary>
    public required string Category { get; init; }

    /// <summary>The driver id.</summary>
    public required string Driver { get; init; }

    /// <summary>The management address.</summary>
    public required string Address { get; init; }

    /// <summary>The management port, or null for the driver default.</summary>
    public int? Port { get; init; }

    /// <summary>The credential set name, or null.</summary>
    public string? Credentials { get; init; }

    /// <summary>The desired settings.</summary>
    public required RenderedSettings Desired { get; init; }

    /// <summary>Where each desired value came from, by setting name.</summary>
    public required IReadOnlyDictionary<string, RenderedProvenance> Provenance { get; init; }

    /// <summary>Renders <paramref name="device"/>.</summary>
    /// <param name="device">The resolved device.</param>
    /// <returns>The JSON form.</returns>
    public static RenderedDevice From(Device device)
    {
        ArgumentNullException.ThrowIfNull(device);
        return new RenderedDevice
        {
            Name = device.Name,
            Site = device.SiteId,
            Kind = InventoryNames.Of(device.Kind),
            Category = InventoryNames.Of(device.Category),
            Driver = device.DriverId,
            Address = device.Address,
            Port = device.Port,
            Credentials = device.Credentials?.Name,
            Desired = RenderedSettings.From(device.Desired),
            Provenance = device.Provenance.Entries().ToDictionary(e => e.Key, e => RenderedProvenance.From(e.Value), StringComparer.Ordinal),
        };
    }
}
