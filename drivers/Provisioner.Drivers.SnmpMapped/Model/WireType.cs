namespace Provisioner.Drivers.SnmpMapped.Model;

/// <summary>The SNMP syntax a mapped object is written with (the mapping file's <c>type</c>).</summary>
public enum WireType
{
    /// <summary><c>integer</c>: INTEGER / Integer32 (tag 2).</summary>
    Integer32 = 0,

    /// <summary><c>gauge</c> (also <c>unsigned</c>): Gauge32 / Unsigned32 (tag 66).</summary>
    Gauge32 = 1,

    /// <summary><c>string</c>: OCTET STRING / DisplayString (tag 4), ASCII.</summary>
    OctetString = 2,

    /// <summary><c>ipaddress</c>: IpAddress (tag 64), IPv4 only.</summary>
    IpAddress = 3,

    /// <summary><c>timeticks</c>: TimeTicks (tag 67).</summary>
    TimeTicks = 4,
}
