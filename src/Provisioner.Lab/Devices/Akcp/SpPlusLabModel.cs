using Provisioner.Lab.Devices.Snmp;
using Provisioner.Snmp.Agent;
using Provisioner.Snmp.Types;

namespace Provisioner.Lab.Devices.Akcp;

/// <summary>
/// A simulated AKCP SPX+ with the SPAGENT-MIB <c>plusSeries</c> config scalars, answering as librenms
/// <c>tests/snmpsim/akcp_spxplus.snmprec</c> identifies it: sysObjectID bare <c>.3854</c>, sysDescr
/// <c>SPX+ 1.0.4034 Dec 19 2017 15:17:28</c>. <c>cfgSMTPPassword</c> is write-only: a Set is kept, a Get
/// answers noSuchObject (SNMPv1: noSuchName). There is no recipient object.
/// </summary>
public static class SpPlusLabModel
{
    /// <summary>sysDescr of the real SPX+ walk.</summary>
    public const string SysDescr = "SPX+ 1.0.4034 Dec 19 2017 15:17:28";

    /// <summary>sysObjectID of SP+ units: the AKCP enterprise, bare.</summary>
    public const string SysObjectId = "1.3.6.1.4.1.3854";

    private static readonly Oid Config = Oid.Parse("1.3.6.1.4.1.3854.3.2.1");

    /// <summary>Creates the device's store at its initial configuration: e-mail off, relay 10.0.0.9, no TLS, no AUTH.</summary>
    /// <param name="name">sysName.</param>
    /// <returns>The store.</returns>
    public static MibStore CreateStore(string name)
    {
        var text = SnmpSystemGroup.Text();
        return SnmpSystemGroup.AddTo(new MibStore(), SysDescr, SysObjectId, name)
            .AddScalar(Config.Append(47), new Integer32(0), SnmpSystemGroup.Enumeration(0, 1))
            .AddScalar(Config.Append(48), OctetString.FromString("10.0.0.9"), text)
            .AddScalar(Config.Append(49), new Integer32(25), SnmpSystemGroup.Range(0, 65535))
            .AddScalar(Config.Append(50), new Integer32(0), SnmpSystemGroup.Enumeration(0, 1))
            .AddScalar(Config.Append(51), OctetString.Empty, text)
            .AddScalar(Config.Append(52), OctetString.Empty, new MibObjectOptions { Access = MibAccess.WriteOnly, Type = SnmpTag.OctetString, Constraint = new MibConstraint { MaxSize = 255 } })
            .AddScalar(Config.Append(55), new Integer32(60), SnmpSystemGroup.Range(0, int.MaxValue))
            .AddScalar(Config.Append(56), new Integer32(0), SnmpSystemGroup.Range(0, int.MaxValue))
            .AddScalar(Config.Append(87), new Integer32(0), SnmpSystemGroup.Enumeration(0, 1, 2))
            .AddScalar(Config.Append(110), OctetString.FromString("spx@contoso.com"), text)
            .AddScalar(Config.Append(111), OctetString.Empty, text);
    }
}
