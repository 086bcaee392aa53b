using Provisioner.Abstractions;
using Provisioner.Cli.Running;
using Provisioner.Core;
using Provisioner.Inventory;
using Provisioner.Lab.State;

namespace Provisioner.Cli.Trust;

/// <summary>
/// Which selected devices <c>provisioner trust</c> connects to: those whose driver speaks HTTPS, at their
/// inventory address or, in a lab run, at the lab's. Devices reached over SSH are listed apart (their host
/// keys come with the SSH transport); devices reached over SNMP have no peer to trust.
/// </summary>
/// <param name="Https">The devices to probe.</param>
/// <param name="Ssh">Selected devices whose driver speaks SSH and not HTTPS.</param>
/// <param name="NotSimulated">In a lab run, HTTPS devices the lab does not simulate (left out: a lab run never touches a real device).</param>
/// <param name="Other">How many selected devices need no peer trust (SNMP).</param>
internal sealed record TrustSelection(IReadOnlyList<TrustCandidate> Https, IReadOnlyList<Device> Ssh, IReadOnlyList<Device> NotSimulated, int Other)
{
    /// <summary>Sorts <paramref name="devices"/> by the transports of their drivers.</summary>
    /// <param name="devices">The selected devices.</param>
    /// <param name="descriptors">The drivers' descriptors by id.</param>
    /// <param name="store">The store entries are compared with (the inventory's, or the lab's in a lab run).</param>
    /// <param name="lab">The lab map in a lab run; null to contact the devices at their inventory addresses.</param>
    /// <returns>The selection.</returns>
    public static TrustSelection Of(IEnumerable<Device> devices, IReadOnlyDictionary<string, DriverDescriptor> descriptors, KnownCertificatesFile store, LabMap? lab)
    {
        var https = new List<TrustCandidate>();
        var ssh = new List<Device>();
        var notSimulated = new List<Device>();
        var other = 0;
        foreach (var device in devices)
        {
            var descriptor = descriptors.GetValueOrDefault(device.DriverId);
            if (PeerPorts.Speaks(descriptor, DriverTransport.Https))
            {
                if (lab is null)
                {
                    var port = PeerPorts.Https(device.Port, descriptor);
                    https.Add(new TrustCandidate(device.Name, device.DriverId, device.Address, port, device.Pins.CertificateFingerprints, store.FingerprintsFor(device.Address, port)));
                }
                else if (lab.Find(device.Name) is { } entry)
                {
                    https.Add(new TrustCandidate(device.Name, device.DriverId, entry.Address, entry.Port, [], store.FingerprintsFor(entry.Address, entry.Port)));
                }
                else
                {
                    notSimulated.Add(device);
                }
            }
            else if (PeerPorts.Speaks(descriptor, DriverTransport.Ssh))
            {
                ssh.Add(device);
            }
            else
            {
                other++;
            }
        }

        return new TrustSelection(https, ssh, notSimulated, other);
    }
}
