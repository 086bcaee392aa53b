using Provisioner.Snmp.Types;

namespace Provisioner.Transport.Snmp;

/// <summary>SNMPv2-MIB (RFC 3418) system group instances every SNMP driver reads to identify a device.</summary>
public static class SystemOids
{
    /// <summary><c>sysDescr.0</c>: DisplayString (0..255), read-only.</summary>
    public static Oid SysDescr { get; } = Oid.Parse("1.3.6.1.2.1.1.1.0");

    /// <summary><c>sysObjectID.0</c>: OBJECT IDENTIFIER, read-only; the vendor's product id.</summary>
    public static Oid SysObjectId { get; } = Oid.Parse("1.3.6.1.2.1.1.2.0");

    /// <summary><c>sysUpTime.0</c>: TimeTicks, read-only.</summary>
    public static Oid SysUpTime { get; } = Oid.Parse("1.3.6.1.2.1.1.3.0");

    /// <summary><c>sysContact.0</c>: DisplayString, read-write.</summary>
    public static Oid SysContact { get; } = Oid.Parse("1.3.6.1.2.1.1.4.0");

    /// <summary><c>sysName.0</c>: DisplayString, read-write.</summary>
    public static Oid SysName { get; } = Oid.Parse("1.3.6.1.2.1.1.5.0");

    /// <summary><c>sysLocation.0</c>: DisplayString, read-write.</summary>
    public static Oid SysLocation { get; } = Oid.Parse("1.3.6.1.2.1.1.6.0");
}
