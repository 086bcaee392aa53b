namespace Provisioner.Snmp.Messages;

/// <summary>The msgVersion field of an SNMP message.</summary>
public enum SnmpMessageVersion
{
    /// <summary>SNMPv1 (RFC 1157), community-based.</summary>
    V1 = 0,

    /// <summary>SNMPv2c (RFC 1901), community-based.</summary>
    V2c = 1,

    /// <summary>SNMPv3 (RFC 3412) with the user-based security model (RFC 3414).</summary>
    V3 = 3,
}
