using System.Net;
using Provisioner.Lab.Devices.Snmp;
using Provisioner.Snmp.Agent;
using Provisioner.Snmp.Types;

namespace Provisioner.Lab.Devices.Pulizzi;

/// <summary>
/// A simulated Eaton (Pulizzi) IPV3600 switched ePDU with EATON-EPDU-PU-SW-MIB <c>logManagerConfig</c>:
/// mail server as IpAddress (IPv4 only: a Set of another type answers wrongType), From, log and alert
/// recipient slots, log schedule, per-event alert switches. No real walk exists: sysObjectID (the
/// module root <c>.20677.2</c>) and sysDescr are stand-ins (unverified).
/// </summary>
public static class SwitchedEpduLabModel
{
    /// <summary>The stand-in sysDescr.</summary>
    public const string SysDescr = "Eaton ePDU IPV3600 (Pulizzi)";

    /// <summary>The stand-in sysObjectID.</summary>
    public const string SysObjectId = "1.3.6.1.4.1.20677.2";

    private static readonly Oid Config = Oid.Parse("1.3.6.1.4.1.20677.2.3");

    /// <summary>Creates the device's store at its initial configuration.</summary>
    /// <param name="name">sysName.</param>
    /// <returns>The store.</returns>
    public static MibStore CreateStore(string name)
    {
        var text = SnmpSystemGroup.Text();
        var store = SnmpSystemGroup.AddTo(new MibStore(), SysDescr, SysObjectId, name)
            .AddScalar(Config.Append(1), new IpAddress(IPAddress.Parse("10.0.0.9")), new MibObjectOptions { Access = MibAccess.ReadWrite })
            .AddScalar(Config.Append(2), OctetString.FromString("epdu@contoso.com"), text)
            .AddScalar(Config.Append(3), OctetString.FromString("facilities@contoso.com"), text)
            .AddScalar(Config.Append(4), OctetString.Empty, text)
            .AddScalar(Config.Append(5), OctetString.FromString("facilities@contoso.com"), text)
            .AddScalar(Config.Append(6), OctetString.Empty, text)
            .AddScalar(Config.Append(7), new Integer32(10), SnmpSystemGroup.Range(1, 10))
            .AddScalar(Config.Append(8), OctetString.FromString("00:00"), text);
        for (uint arc = 13; arc <= 20; arc++)
        {
            store.AddScalar(Config.Append(arc), new Integer32(1), SnmpSystemGroup.Enumeration(0, 1));
        }

        return store;
    }
}
