using Provisioner.Abstractions;

namespace Provisioner.Inventory;

/// <summary>A device with everything resolved: what it is, how to reach it, and the settings it should hold.</summary>
public sealed record Device
{
    /// <summary>The device name, unique in the inventory, e.g. <c>UPS-NY-01</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The id of the site it belongs to, e.g. <c>newyork</c>.</summary>
    public required string SiteId { get; init; }

    /// <summary>What the device is.</summary>
    public required DeviceKind Kind { get; init; }

    /// <summary>Its guideline category, which decides its recipients.</summary>
    public required DeviceCategory Category { get; init; }

    /// <summary>The driver id, e.g. <c>eaton.sc200</c>.</summary>
    public required string DriverId { get; init; }

    /// <summary>The mapping file as written (<c>mapping:</c>), for <c>driver: snmp-mapped</c>; null otherwise.</summary>
    public string? Mapping { get; init; }

    /// <summary>The full path of <see cref="Mapping"/>, relative paths taken from the directory of the inventory file that names it; null when there is none.</summary>
    public string? MappingFile { get; init; }

    /// <summary>The management address (IP literal or host name), unique in the inventory.</summary>
    public required string Address { get; init; }

    /// <summary>The management port, or null for the driver's default.</summary>
    public int? Port { get; init; }

    /// <summary>The credentials to reach it (device's own set, else the site's), or null when none is named.</summary>
    public CredentialSet? Credentials { get; init; }

    /// <summary>
    /// The peer identities the inventory pins for this device: its own <c>tls_certificate_sha256</c> and
    /// <c>ssh_host_key_sha256</c>, each else the one of its credential set; empty lists when neither pins one.
    /// </summary>
    public PeerTrust Pins { get; init; } = PeerTrust.None;

    /// <summary>The per-device overrides as written, or null.</summary>
    public DeviceOverrides? Overrides { get; init; }

    /// <summary>The settings the device should hold (the desired state).</summary>
    public required NotificationSettings Desired { get; init; }

    /// <summary>Where each desired value came from.</summary>
    public required DeviceProvenance Provenance { get; init; }

    /// <summary>Where it and each key were written.</summary>
    public required SourceMap Sources { get; init; }
}
