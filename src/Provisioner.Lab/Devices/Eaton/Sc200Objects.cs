using System.Net;
using Provisioner.Lab.Mib;
using Provisioner.Snmp.Agent;
using Provisioner.Snmp.Types;

namespace Provisioner.Lab.Devices.Eaton;

/// <summary>
/// The objects an Eaton SC200 answers for, exactly as RPS-SC200-MIB (LAST-UPDATED 201205220136Z)
/// and SNMPv2-MIB define them: OIDs, syntaxes, access, sizes, enumerations and DEFVALs. Written
/// independently of the driver's <c>Oids.cs</c>, so that a mistake in one is caught by the other.
/// </summary>
public static class Sc200Objects
{
    /// <summary>
    /// The number of rows of <c>email-Receiver-Table</c>. <b>Unverified</b>: the MIB does not state it
    /// and no public walk contains the table; 5 is this lab's choice (see the driver README).
    /// </summary>
    public const int ReceiverRows = 5;

    /// <summary>sysDescr of the only real SC200 walk seen (librenms <c>eaton-sc200.snmprec</c>).</summary>
    public const string SysDescr = "SC200 Controller - software version 4.04";

    /// <summary>sysObjectID of an SC200: <c>rps-SC200</c>.</summary>
    public static Oid SysObjectId { get; } = Oid.Parse("1.3.6.1.4.1.1918.2.13");

    /// <summary>The <c>email</c> group: rps-SC200(13).rps-Objects(10).communications(30).email(65).</summary>
    public static Oid Email { get; } = Oid.Parse("1.3.6.1.4.1.1918.2.13.10.30.65");

    /// <summary>sysUpTime.0.</summary>
    public static Oid SysUpTime { get; } = Oid.Parse("1.3.6.1.2.1.1.3.0");

    /// <summary>Returns the instance OID of a receiver-table column for <paramref name="row"/>.</summary>
    /// <param name="column">1 index, 10 address, 20 level, 30 delay, 40 send-Test-Email, 50 smtp-Result.</param>
    /// <param name="row">1..<see cref="ReceiverRows"/>.</param>
    /// <returns>The OID.</returns>
    public static Oid Receiver(uint column, int row) => Email.Append(60, 1, column, (uint)row);

    private static readonly IReadOnlyList<MibObject> Definitions = Build();

    /// <summary>Every object instance at its default. The definitions are immutable and shared by all devices.</summary>
    /// <returns>The definitions.</returns>
    public static IReadOnlyList<MibObject> Create() => Definitions;

    private static List<MibObject> Build()
    {
        var system = Oid.Parse("1.3.6.1.2.1.1");
        var list = new List<MibObject>
        {
            new("sysDescr.0", system.Append(1, 0), SnmpTag.OctetString, MibAccess.ReadOnly, MibConstraints.Any, OctetString.FromString(SysDescr)),
            new("sysObjectID.0", system.Append(2, 0), SnmpTag.ObjectIdentifier, MibAccess.ReadOnly, MibConstraints.Any, new ObjectIdentifier(SysObjectId)),
            new("sysUpTime.0", SysUpTime, SnmpTag.TimeTicks, MibAccess.ReadOnly, MibConstraints.Any, new TimeTicks(0)),
            new("sysContact.0", system.Append(4, 0), SnmpTag.OctetString, MibAccess.ReadWrite, MibConstraints.DisplayString(0, 255), OctetString.Empty),
            new("sysName.0", system.Append(5, 0), SnmpTag.OctetString, MibAccess.ReadWrite, MibConstraints.DisplayString(0, 255), OctetString.Empty),
            new("sysLocation.0", system.Append(6, 0), SnmpTag.OctetString, MibAccess.ReadWrite, MibConstraints.DisplayString(0, 255), OctetString.Empty),
            new("sysServices.0", system.Append(7, 0), SnmpTag.Integer32, MibAccess.ReadOnly, MibConstraints.Any, new Integer32(72)),
            new("email-Notifications.0", Email.Append(10, 0), SnmpTag.Integer32, MibAccess.ReadWrite, MibConstraints.Enumeration(0, 1), new Integer32(0)),
            new("smtp-Server-IP-Address.0", Email.Append(20, 0), SnmpTag.IpAddress, MibAccess.ReadWrite, MibConstraints.Any, new IpAddress(IPAddress.Parse("1.1.1.1"))),
            new("smtp-Server-Port.0", Email.Append(30, 0), SnmpTag.Integer32, MibAccess.ReadWrite, MibConstraints.Range(0, 65535), new Integer32(25)),
            new("email-Return-Address.0", Email.Append(40, 0), SnmpTag.OctetString, MibAccess.ReadWrite, MibConstraints.DisplayString(0, 200), OctetString.Empty),
            new("email-Subject-Prefix.0", Email.Append(50, 0), SnmpTag.OctetString, MibAccess.ReadWrite, MibConstraints.DisplayString(0, 20), OctetString.FromString("[DC-POWER] ")),
        };
        for (var row = 1; row <= ReceiverRows; row++)
        {
            list.Add(new($"email-Receiver-Index.{row}", Receiver(1, row), SnmpTag.Integer32, MibAccess.ReadOnly, MibConstraints.Any, new Integer32(row)));
            list.Add(new($"email-Receiver-Address.{row}", Receiver(10, row), SnmpTag.OctetString, MibAccess.ReadWrite, MibConstraints.DisplayString(0, 200), OctetString.Empty));
            list.Add(new($"email-Receiver-Level.{row}", Receiver(20, row), SnmpTag.Integer32, MibAccess.ReadWrite, MibConstraints.Enumeration(1, 2, 3, 4, 5), new Integer32(4)));
            list.Add(new($"email-Receiver-Delay.{row}", Receiver(30, row), SnmpTag.TimeTicks, MibAccess.ReadWrite, MibConstraints.Any, new TimeTicks(30)));
            list.Add(new($"send-Test-Email.{row}", Receiver(40, row), SnmpTag.OctetString, MibAccess.ReadWrite, MibConstraints.FixedLength(0), OctetString.Empty));
            list.Add(new($"smtp-Result.{row}", Receiver(50, row), SnmpTag.Integer32, MibAccess.ReadOnly, MibConstraints.Any, new Integer32(0)));
        }

        return list;
    }
}
