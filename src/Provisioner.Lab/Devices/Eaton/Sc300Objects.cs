using Provisioner.Lab.Mib;
using Provisioner.Snmp.Agent;
using Provisioner.Snmp.Types;

namespace Provisioner.Lab.Devices.Eaton;

/// <summary>
/// The objects an Eaton SC300 answers for, as RPS-SC300-MIB (LAST-UPDATED 201303240000Z) and SNMPv2-MIB
/// define them. Differences from the SC200 (<see cref="Sc200Objects"/>): the relay is an InetAddress
/// string (SIZE 1..64), addresses are DisplayString (SIZE 0..100), there is a separate
/// <c>emailFromAddress</c> (.42) and <c>emailValidAddress</c> (.43), the receiver index is not readable,
/// and the delay is Unsigned32. Written independently of the driver's <c>Oids.cs</c>.
/// </summary>
public static class Sc300Objects
{
    /// <summary>
    /// The number of rows of <c>emailReceiverTable</c>. <b>Unverified</b>: the MIB does not state it and
    /// the public walk (librenms <c>eaton-sc300.snmprec</c>) has no communications subtree; 5 as for the SC200.
    /// </summary>
    public const int ReceiverRows = 5;

    /// <summary>sysDescr of the public SC300 walk (librenms <c>eaton-sc300.snmprec</c>).</summary>
    public const string SysDescr = "SC300 Controller - software version 1.17";

    /// <summary>sysObjectID of an SC300: <c>rpsSc300</c>.</summary>
    public static Oid SysObjectId { get; } = Oid.Parse("1.3.6.1.4.1.1918.2.14");

    /// <summary>The <c>email</c> group: rpsSc300(14).rpsObjects(10).communications(30).email(65).</summary>
    public static Oid Email { get; } = Oid.Parse("1.3.6.1.4.1.1918.2.14.10.30.65");

    private static readonly IReadOnlyList<MibObject> Definitions = Build();

    /// <summary>Every object instance at its default, shared by all devices.</summary>
    /// <returns>The definitions.</returns>
    public static IReadOnlyList<MibObject> Create() => Definitions;

    private static List<MibObject> Build()
    {
        var system = Oid.Parse("1.3.6.1.2.1.1");
        var text100 = MibConstraints.DisplayString(0, 100);
        var list = new List<MibObject>
        {
            new("sysDescr.0", system.Append(1, 0), SnmpTag.OctetString, MibAccess.ReadOnly, MibConstraints.Any, OctetString.FromString(SysDescr)),
            new("sysObjectID.0", system.Append(2, 0), SnmpTag.ObjectIdentifier, MibAccess.ReadOnly, MibConstraints.Any, new ObjectIdentifier(SysObjectId)),
            new("sysUpTime.0", system.Append(3, 0), SnmpTag.TimeTicks, MibAccess.ReadOnly, MibConstraints.Any, new TimeTicks(0)),
            new("sysName.0", system.Append(5, 0), SnmpTag.OctetString, MibAccess.ReadWrite, MibConstraints.DisplayString(0, 255), OctetString.Empty),
            new("emailNotifications.0", Email.Append(10, 0), SnmpTag.Integer32, MibAccess.ReadWrite, MibConstraints.Enumeration(0, 1), new Integer32(0)),
            new("smtpServerIpAddress.0", Email.Append(20, 0), SnmpTag.OctetString, MibAccess.ReadWrite, MibConstraints.DisplayString(1, 64), OctetString.FromString("1.1.1.1")),
            new("smtpServerPort.0", Email.Append(30, 0), SnmpTag.Integer32, MibAccess.ReadWrite, MibConstraints.Range(0, 65535), new Integer32(25)),
            new("emailReturnAddress.0", Email.Append(40, 0), SnmpTag.OctetString, MibAccess.ReadWrite, text100, OctetString.Empty),
            new("emailFromAddress.0", Email.Append(42, 0), SnmpTag.OctetString, MibAccess.ReadWrite, text100, OctetString.Empty),
            new("emailValidAddress.0", Email.Append(43, 0), SnmpTag.OctetString, MibAccess.ReadWrite, text100, OctetString.Empty),
            new("emailSubjectPrefix.0", Email.Append(50, 0), SnmpTag.OctetString, MibAccess.ReadWrite, MibConstraints.DisplayString(0, 20), OctetString.FromString("[DC-POWER] ")),
        };
        for (var row = 1; row <= ReceiverRows; row++)
        {
            var cell = (uint column) => Email.Append(60, 1, column, (uint)row);
            list.Add(new($"emailReceiverAddress.{row}", cell(10), SnmpTag.OctetString, MibAccess.ReadWrite, text100, OctetString.Empty));
            list.Add(new($"emailReceiverLevel.{row}", cell(20), SnmpTag.Integer32, MibAccess.ReadWrite, MibConstraints.Enumeration(1, 2, 3, 4, 5), new Integer32(4)));
            list.Add(new($"emailReceiverDelay.{row}", cell(30), SnmpTag.Gauge32, MibAccess.ReadWrite, MibConstraints.Any, new Gauge32(30)));
            list.Add(new($"sendTestEmail.{row}", cell(40), SnmpTag.OctetString, MibAccess.ReadWrite, MibConstraints.FixedLength(0), OctetString.Empty));
            list.Add(new($"smtpResult.{row}", cell(50), SnmpTag.Integer32, MibAccess.ReadOnly, MibConstraints.Any, new Integer32(0)));
        }

        return list;
    }
}
