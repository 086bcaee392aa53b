using Provisioner.Abstractions;
using Provisioner.Cli.Running;
using Provisioner.Core;
using Provisioner.Inventory;
using Provisioner.Lab.State;

namespace Provisioner.Cli.Trust;

/// <summary>
/// Which selected devices <c>provisioner trust</c> connects to: an HTTPS endpoint for each device whose driver
/// speaks HTTPS and an SSH endpoint for each whose driver speaks SSH, at the inventory address or, in a lab
/// run, at the lab's (the lab map's protocol says which one the lab serves). Devices reached over SNMP have no
/// peer to trust.
/// </summary>
/// <param name="Candidates">The endpoints to probe, in device order.</param>
/// <param name="NotSimulated">In a lab run, HTTPS or SSH devices the lab does not simulate (left out: a lab run never touches a real device).</param>
/// <param name="Other">How many selected devices need no peer trust (SNMP).</param>
internal sealed record TrustSelection(IReadOnlyList<TrustCandidate> Candidates, IReadOnlyList<Device> NotSimulated, int Other)
{
    /// <summary>The HTTPS endpoints among <see cref="Candidates"/>.</summary>
    public IReadOnlyList<TrustCandidate> Https => [.. Candidates.Where(c => !c.IsSsh)];

    /// <summary>Sorts <paramref name="devices"/> by the transports of their drivers.</summary>
    /// <param name="devices">The selected devices.</param>
    /// <param name="descriptors">The drivers' descriptors by id.</param>
    /// <param name="stores">The stores entries are compared with (the inventory's, or the lab's in a lab run).</param>
    /// <param name="lab">The lab map in a lab run; null to contact the devices at their inventory addresses.</param>
    /// <returns>The selection.</returns>
    public static TrustSelection Of(IEnumerable<Device> devices, IReadOnlyDictionary<string, DriverDescriptor> descriptors, KnownPeers stores, LabMap? lab)
    {
        ArgumentNullException.ThrowIfNull(stores);
        var candidates = new List<TrustCandidate>();
        var notSimulated = new List<Device>();
        var other = 0;
        foreach (var device in devices)
        {
            var descriptor = descriptors.GetValueOrDefault(device.DriverId);
            var transports = new[] { DriverTransport.Https, DriverTransport.Ssh }.Where(t => PeerPorts.Speaks(descriptor, t)).ToList();
            if (transports.Count == 0)
            {
                other++;
                continue;
            }

            var before = candidates.Count;
            foreach (var transport in transports)
            {
                if (lab is null)
                {
                    var port = transport == DriverTransport.Ssh ? PeerPorts.Ssh(device.Port, descriptor) : PeerPorts.Https(device.Port, descriptor);
                    var pinned = transport == DriverTransport.Ssh ? device.Pins.HostKeyFingerprints : device.Pins.CertificateFingerprints;
                    candidates.Add(new TrustCandidate(device.Name, device.DriverId, device.Address, port, pinned, Recorded(stores, transport, device.Address, port), transport));
                }
                else if (lab.Find(device.Name) is { } entry && LabTransport(entry) == transport)
                {
                    candidates.Add(new TrustCandidate(device.Name, device.DriverId, entry.Address, entry.Port, [], Recorded(stores, transport, entry.Address, entry.Port), transport));
                }
            }

            if (candidates.Count == before)
            {
                notSimulated.Add(device);
            }
        }

        return new TrustSelection(candidates, notSimulated, other);
    }

    /// <summary>The transport a lab device serves: SSH when its map entry says <c>ssh</c>, HTTPS otherwise.</summary>
    private static DriverTransport LabTransport(LabMapEntry entry) =>
        string.Equals(entry.Protocol, "ssh", StringComparison.OrdinalIgnoreCase) ? DriverTransport.Ssh : DriverTransport.Https;

    private static IReadOnlyList<string> Recorded(KnownPeers stores, DriverTransport transport, string host, int port) =>
        transport == DriverTransport.Ssh ? stores.Hosts.FingerprintsFor(host, port) : stores.Certificates.FingerprintsFor(host, port);
}
