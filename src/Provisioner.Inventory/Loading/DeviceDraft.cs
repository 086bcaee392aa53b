using Provisioner.Abstractions;

namespace Provisioner.Inventory.Loading;

/// <summary>A device as written, before resolution.</summary>
internal sealed record DeviceDraft
{
    public required string Name { get; init; }

    public required DeviceKind Kind { get; init; }

    public required DeviceCategory Category { get; init; }

    public required string DriverId { get; init; }

    public string? Mapping { get; init; }

    public string? MappingFile { get; init; }

    public required string Address { get; init; }

    public int? Port { get; init; }

    public string? CredentialsName { get; init; }

    public DeviceOverrides? Overrides { get; init; }

    public PeerTrust Pins { get; init; } = PeerTrust.None;

    public required SourceMap Sources { get; init; }
}
