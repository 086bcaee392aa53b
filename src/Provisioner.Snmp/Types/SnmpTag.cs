namespace Provisioner.Snmp.Types;

/// <summary>The first (identifier) octet of each SNMP value encoding, as fixed by RFC 2578 and RFC 3416.</summary>
#pragma warning disable CA1028 // The wire octet is the natural underlying type.
public enum SnmpTag : byte
#pragma warning restore CA1028
{
    /// <summary>INTEGER / Integer32 (universal 2).</summary>
    Integer32 = 0x02,

    /// <summary>OCTET STRING (universal 4).</summary>
    OctetString = 0x04,

    /// <summary>NULL (universal 5).</summary>
    Null = 0x05,

    /// <summary>OBJECT IDENTIFIER (universal 6).</summary>
    ObjectIdentifier = 0x06,

    /// <summary>IpAddress ([APPLICATION 0], four octets).</summary>
    IpAddress = 0x40,

    /// <summary>Counter32 ([APPLICATION 1]).</summary>
    Counter32 = 0x41,

    /// <summary>Gauge32 / Unsigned32 ([APPLICATION 2]).</summary>
    Gauge32 = 0x42,

    /// <summary>TimeTicks ([APPLICATION 3], hundredths of a second).</summary>
    TimeTicks = 0x43,

    /// <summary>Opaque ([APPLICATION 4]).</summary>
    Opaque = 0x44,

    /// <summary>Counter64 ([APPLICATION 6]).</summary>
    Counter64 = 0x46,

    /// <summary>noSuchObject exception ([CONTEXT 0], RFC 3416).</summary>
    NoSuchObject = 0x80,

    /// <summary>noSuchInstance exception ([CONTEXT 1], RFC 3416).</summary>
    NoSuchInstance = 0x81,

    /// <summary>endOfMibView exception ([CONTEXT 2], RFC 3416).</summary>
    EndOfMibView = 0x82,
}
