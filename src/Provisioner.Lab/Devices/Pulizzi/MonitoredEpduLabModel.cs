using System.Net;
using Provisioner.Lab.Devices.Snmp;
using Provisioner.Snmp.Agent;
using Provisioner.Snmp.Types;

namespace Provisioner.Lab.Devices.Pulizzi;

/// <summary>
/// A simulated Eaton (Pulizzi) monitored ePDU with EATON-EPDU-PU-MI-MIB <c>networkSettings</c>: trap
/// destination and mail server as IpAddress, and the single alert recipient <c>alertEmailAddress</c>,
/// OCTET STRING (SIZE(1..49)): an empty or longer value answers wrongLength. sysObjectID (module root
/// <c>.20677.3</c>) and sysDescr are stand-ins (unverified).
/// </summary>
public static class MonitoredEpduLabModel
{
    /// <summary>The stand-in sysDescr.</summary>
    public const string SysDescr = "Eaton monitored ePDU (Pulizzi)";

    /// <summary>The stand-in sysObjectID.</summary>
    public const string SysObjectId = "1.3.6.1.4.1.20677.3";

    private static readonly Oid Network = Oid.Parse("1.3.6.1.4.1.20677.3.1.1.2");

    /// <summary>Creates the device's store at its initial configuration.</summary>
    /// <param name="name">sysName.</param>
    /// <returns>The store.</returns>
    public static MibStore CreateStore(string name) =>
        SnmpSystemGroup.AddTo(new MibStore(), SysDescr, SysObjectId, name)
            .AddScalar(Network.Append(5), new IpAddress(IPAddress.Parse("10.0.0.162")), new MibObjectOptions { Access = MibAccess.ReadWrite })
            .AddScalar(Network.Append(6), new IpAddress(IPAddress.Parse("10.0.0.9")), new MibObjectOptions { Access = MibAccess.ReadWrite })
            .AddScalar(Network.Append(7), OctetString.FromString("facilities@contoso.com"), SnmpSystemGroup.Text(49, 1));
}
