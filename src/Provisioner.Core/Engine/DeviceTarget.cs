using Provisioner.Abstractions;

namespace Provisioner.Core;

/// <summary>
/// One device the engine works on: where it is, which driver, how to log in and what it should hold.
/// The CLI maps inventory devices onto targets; the engine knows nothing of the inventory.
/// </summary>
public sealed record DeviceTarget
{
    /// <summary>The inventory name, unique in the run, e.g. <c>ups-ny-01</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The site name, e.g. <c>newyork</c>; concurrency is bounded per site.</summary>
    public required string Site { get; init; }

    /// <summary>The device kind, e.g. <c>ups</c> or <c>pdu</c>; used by report filters.</summary>
    public string Kind { get; init; } = string.Empty;

    /// <summary>The driver id, e.g. <c>eaton.sc200</c>; concurrency is bounded per driver.</summary>
    public required string DriverId { get; init; }

    /// <summary>The management address (IP literal or host name).</summary>
    public required string Address { get; init; }

    /// <summary>The management port; null for the driver's default.</summary>
    public int? Port { get; init; }

    /// <summary>The credentials; secrets are references resolved at run time.</summary>
    public required CredentialSet Credentials { get; init; }

    /// <summary>The settings the device should hold.</summary>
    public required NotificationSettings Desired { get; init; }

    /// <summary>The peer identities this device's connection accepts (pins from the inventory and the known-peers store).</summary>
    public PeerTrust Trust { get; init; } = PeerTrust.None;

    /// <summary>The manual steps a person has recorded as done on this device (from the inventory's attestations file).</summary>
    public IReadOnlyList<ManualStepAttestation> Attestations { get; init; } = [];
}
