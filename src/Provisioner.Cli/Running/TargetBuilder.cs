using Provisioner.Abstractions;
using Provisioner.Cli.Infrastructure;
using Provisioner.Core;
using Provisioner.Inventory;
using Provisioner.Lab.State;

namespace Provisioner.Cli.Running;

/// <summary>Turns inventory devices into engine targets, aimed at a lab when a lab map is given.</summary>
internal static class TargetBuilder
{
    /// <summary>The engine target of <paramref name="device"/> at its real address, trusting only the inventory's pins.</summary>
    public static DeviceTarget From(Device device) => From(device, null, null);

    /// <summary>
    /// The engine target of <paramref name="device"/> at its real address. It trusts the peer identities the
    /// inventory pins for the device plus those <paramref name="known"/> (the store next to the inventory)
    /// records for its address, on the ports its driver (<paramref name="descriptor"/>) uses.
    /// </summary>
    public static DeviceTarget From(Device device, KnownPeers? known, DriverDescriptor? descriptor) => new()
    {
        Name = device.Name,
        Site = device.SiteId,
        Kind = InventoryNames.Kinds.First(k => k.Value == device.Kind).Key,
        DriverId = device.DriverId,
        Address = device.Address,
        Port = device.Port,
        Credentials = device.Credentials ?? new CredentialSet(),
        Desired = device.Desired,
        Trust = known is null
            ? device.Pins
            : device.Pins.With(known.TrustFor(device.Address, PeerPorts.Ssh(device.Port, descriptor), PeerPorts.Https(device.Port, descriptor))),
    };

    /// <summary>
    /// Re-aims <paramref name="targets"/> at the lab of <paramref name="map"/>; each aimed target trusts exactly
    /// what the lab recorded for it (<see cref="LabTrust"/>), never the inventory's pins or known peers, which name
    /// the real devices' certificates. Devices the lab does not
    /// simulate are left out of the run (a lab run never touches a real device), named on standard error
    /// and added to <paramref name="notSimulated"/> so the report can list them.
    /// </summary>
    public static IReadOnlyList<DeviceTarget> AimAtLab(CommandSession session, IReadOnlyList<DeviceTarget> targets, LabMap map, List<DeviceTarget>? notSimulated = null)
    {
        var aimed = new List<DeviceTarget>(targets.Count);
        foreach (var target in targets)
        {
            if (map.Find(target.Name) is { } entry)
            {
                aimed.Add(target with { Address = entry.Address, Port = entry.Port, Trust = LabTrust(entry), Credentials = LabCredentials(target.Credentials, entry) });
            }
            else
            {
                session.Error.WriteLine($"warning: {target.Name} ({target.DriverId}) is not simulated by the lab ({NotSimulatedResult.Why(target)}); it is reported as skipped.");
                notSimulated?.Add(target);
            }
        }

        return aimed;
    }

    /// <summary>
    /// What a target aimed at a lab device trusts: the certificate fingerprint the lab recorded in its map for
    /// an HTTPS device, the host key fingerprint for an SSH device, nothing otherwise (an SNMP device needs no peer trust).
    /// </summary>
    public static PeerTrust LabTrust(LabMapEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (PeerFingerprint.TryParseCertificatePin(entry.CertificateSha256, out var pin))
        {
            return new PeerTrust { CertificateFingerprints = [pin!] };
        }

        return PeerFingerprint.TryParseSshFingerprint(entry.HostKeySha256, out var hostKey) ? new PeerTrust { HostKeyFingerprints = [hostKey!] } : PeerTrust.None;
    }

    /// <summary>
    /// The credentials a target aimed at a lab device logs in with: for an SSH device the login the lab recorded
    /// (its sshd accepts an OS account with the lab's key, never the inventory's user and password), otherwise the
    /// inventory's own.
    /// </summary>
    public static CredentialSet LabCredentials(CredentialSet credentials, LabMapEntry entry)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(entry);
        return entry is { SshUser: { } user, SshPrivateKey: { } key }
            ? credentials with { Ssh = new SshCredentials { User = user, PrivateKey = new SecretReference(SecretScheme.File, key) } }
            : credentials;
    }
}
