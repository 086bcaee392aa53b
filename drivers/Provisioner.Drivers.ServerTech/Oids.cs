using Provisioner.Snmp.Types;

namespace Provisioner.Drivers.ServerTech;

/// <summary>
/// The wire vocabulary of Server Technology Sentry4 PDUs (PRO1/PRO2), from Sentry4-MIB (LAST-UPDATED
/// 202303101100Z): <c>serverTech(1718)</c> → <c>sentry4(4)</c> → <c>st4Objects(1)</c> → <c>&lt;group&gt;</c>
/// → <c>EventConfigTable(4)</c> → <c>Entry(1)</c> → column 1, <c>st4&lt;Thing&gt;Notifications</c>, SYNTAX
/// <c>EventNotificationMethods ::= BITS { snmpTrap(0), email(1) }</c>, read-write. The MIB has no SMTP
/// server, sender or recipient object.
/// </summary>
public static class Oids
{
    /// <summary>Sentry4 products, <c>1.3.6.1.4.1.1718.4</c> (sysObjectID of the real walks).</summary>
    public const string Sentry4 = "1.3.6.1.4.1.1718.4";

    /// <summary>BITS octet 0 value of <c>snmpTrap(0)</c>: bit 0 is the most significant bit, 0x80.</summary>
    public const byte SnmpTrapBit = 0x80;

    /// <summary>BITS octet 0 value of <c>email(1)</c>: 0x40.</summary>
    public const byte EmailBit = 0x40;

    /// <summary>
    /// The <c>st4*Notifications</c> columns, by group arc: unit(2), inputCord(3), line(4), phase(5), ocp(6),
    /// branch(7), outlet(8), tempSensor(9), humidSensor(10), waterSensor(11), ccSensor(12), adcSensor(13), fanSensor(14).
    /// </summary>
    public static IReadOnlyList<Oid> NotificationColumns { get; } =
        [.. Enumerable.Range(2, 13).Select(group => Oid.Parse(Sentry4).Append(1, (uint)group, 4, 1, 1))];
}
