using System.Net;
using Provisioner.Lab.Devices.Snmp;
using Provisioner.Snmp.Agent;
using Provisioner.Snmp.Types;

namespace Provisioner.Lab.Devices.Akcp;

/// <summary>
/// A simulated AKCP sensorProbe8 with the legacy SPAGENT-MIB e-mail scalars, answering as the real
/// agent in librenms <c>tests/snmpsim/akcp_serverprobe8.snmprec</c>: sysObjectID <c>.3854.1</c>, sysDescr
/// <c>SensorProbe</c>, the relay as text, <c>sensorProbeSmtpPort</c> answered as <b>Gauge32</b> although
/// the MIB says INTEGER (a Set with INTEGER is accepted and stored back as Gauge32), and the SMTP
/// password readable per MIB but always answered as an empty string.
/// </summary>
public static class SensorProbeLabModel
{
    /// <summary>sysDescr of the real sensorProbe8 walk.</summary>
    public const string SysDescr = "SensorProbe";

    /// <summary>sysObjectID of legacy AKCP units.</summary>
    public const string SysObjectId = "1.3.6.1.4.1.3854.1";

    private static readonly Oid Entry = Oid.Parse("1.3.6.1.4.1.3854.1.2.2.1");

    /// <summary>The old configuration the lab device starts with.</summary>
    public static class Initial
    {
        /// <summary>The relay, as text.</summary>
        public const string Relay = "10.0.0.9";

        /// <summary>The sender.</summary>
        public const string From = "sensorprobe@contoso.com";

        /// <summary>The recipient.</summary>
        public const string Recipient = "facilities@contoso.com";
    }

    /// <summary>Creates the device's store at its initial configuration.</summary>
    /// <param name="name">sysName.</param>
    /// <returns>The store.</returns>
    public static MibStore CreateStore(string name)
    {
        var store = SnmpSystemGroup.AddTo(new MibStore(), SysDescr, SysObjectId, name);
        var onOff = SnmpSystemGroup.Enumeration(1, 2);
        var text = SnmpSystemGroup.Text();
        store
            .AddScalar(Scalar(24), new Integer32(1), onOff)
            .AddScalar(Scalar(25), new IpAddress(IPAddress.Parse("10.0.0.162")), new MibObjectOptions { Access = MibAccess.ReadWrite })
            .AddScalar(Scalar(26), OctetString.FromString("public"), text)
            .AddScalar(Scalar(30), new Integer32(1), onOff)
            .AddScalar(Scalar(31), OctetString.FromString(Initial.Recipient), text)
            .AddScalar(Scalar(32), OctetString.FromString(Initial.From), text)
            .AddScalar(Scalar(33), OctetString.FromString(Initial.Relay), text)
            .AddScalar(Scalar(34), new Integer32(1), SnmpSystemGroup.Enumeration(1, 2))
            .AddScalar(Scalar(36), new Integer32(3600), SnmpSystemGroup.Range(0, int.MaxValue))
            .AddScalar(Scalar(37), new Integer32(0), SnmpSystemGroup.Range(0, 5))
            .AddScalar(Scalar(39), OctetString.FromString("Success"))
            .AddScalar(Scalar(50), new Integer32(1), SnmpSystemGroup.Range(0, 15))
            .AddScalar(Scalar(51), new Integer32(0), SnmpSystemGroup.Range(0, 1))
            .AddScalar(Scalar(54), new Integer32(15), SnmpSystemGroup.Range(10, 30))
            .AddScalar(Scalar(61), OctetString.Empty, text)
            .AddScalar(Scalar(87), new Integer32(2), onOff)
            .AddScalar(Scalar(88), OctetString.Empty, text)
            .AddScalar(Scalar(89), OctetString.Empty, new MibObjectOptions { Access = MibAccess.WriteOnly, Type = SnmpTag.OctetString, WriteOnlyReadValue = OctetString.Empty, Constraint = new MibConstraint { MaxSize = 255 } })
            .AddScalar(Scalar(98), OctetString.FromString("sensorProbe alert"), text)
            .AddScalar(Scalar(112), new Integer32(0), SnmpSystemGroup.Enumeration(0, 1));
        var port = Scalar(105);
        store.AddScalar(port, new Gauge32(25), new MibObjectOptions
        {
            Access = MibAccess.ReadWrite,
            Type = SnmpTag.Integer32,
            Constraint = new MibConstraint { MinValue = 0, MaxValue = 65535 },
            OnCommit = (oid, value) =>
            {
                // The agent keeps the port as an unsigned number and answers Gauge32 whatever was set.
                if (value is Integer32 set)
                {
                    store.SetValue(oid, new Gauge32((uint)set.Value));
                }

                return true;
            },
        });
        return store;
    }

    private static Oid Scalar(uint arc) => Entry.Append(arc);
}
