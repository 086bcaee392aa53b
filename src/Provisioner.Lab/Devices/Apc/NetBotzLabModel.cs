using Provisioner.Lab.Devices.Snmp;
using Provisioner.Snmp.Agent;
using Provisioner.Snmp.Types;

namespace Provisioner.Lab.Devices.Apc;

/// <summary>
/// A simulated legacy APC WallBotz 300 with the NETBOTZ-MIB <c>netBotz-device</c> SMTP scalars: relay,
/// port, comma-separated primary and secondary recipient lists, backup relay. The sysObjectID is the MIB's
/// WallBotz-300 product OID <c>.5528.30.1000</c> and the sysDescr a stand-in: no real walk of these
/// appliances was found (both unverified).
/// </summary>
public static class NetBotzLabModel
{
    /// <summary>The stand-in sysDescr (no real walk available).</summary>
    public const string SysDescr = "NetBotz WallBotz 300";

    /// <summary>The MIB's WallBotz-300 product OID, assumed as sysObjectID.</summary>
    public const string SysObjectId = "1.3.6.1.4.1.5528.30.1000";

    private static readonly Oid Device = Oid.Parse("1.3.6.1.4.1.5528.50");

    /// <summary>Creates the device's store at its initial configuration: old relay and backup relay, two lists.</summary>
    /// <param name="name">sysName.</param>
    /// <returns>The store.</returns>
    public static MibStore CreateStore(string name)
    {
        var text = SnmpSystemGroup.Text();
        return SnmpSystemGroup.AddTo(new MibStore(), SysDescr, SysObjectId, name)
            .AddScalar(Device.Append(8), OctetString.FromString("10.0.0.9"), text)
            .AddScalar(Device.Append(9), new Integer32(25), SnmpSystemGroup.Range(0, 65535))
            .AddScalar(Device.Append(14), OctetString.FromString("facilities@contoso.com, ops@contoso.com"), text)
            .AddScalar(Device.Append(15), OctetString.FromString("oncall@contoso.com"), text)
            .AddScalar(Device.Append(36), OctetString.FromString("10.0.0.8"), text);
    }
}
