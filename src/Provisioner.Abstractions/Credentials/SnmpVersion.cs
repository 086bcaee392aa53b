namespace Provisioner.Abstractions;

/// <summary>The SNMP version a device is managed with.</summary>
public enum SnmpVersion
{
    /// <summary>SNMPv1 (RFC 1157), community-based.</summary>
    V1 = 0,

    /// <summary>SNMPv2c (RFC 1901/3416), community-based.</summary>
    V2c = 1,

    /// <summary>SNMPv3 with the user-based security model (RFC 3414).</summary>
    V3 = 3,
}
