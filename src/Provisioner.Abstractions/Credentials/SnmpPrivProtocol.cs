namespace Provisioner.Abstractions;

/// <summary>
/// SNMPv3 USM privacy protocols. AES-192 and AES-256 exist in two key-extension variants:
/// the one net-snmp uses (draft-blumenthal-aes-usm, "Blumenthal") and the one Cisco-style agents
/// use ("Reeder", the <c>C</c> variants); a device takes one or the other.
/// </summary>
public enum SnmpPrivProtocol
{
    /// <summary>No privacy (noAuthNoPriv or authNoPriv).</summary>
    None = 0,

    /// <summary>CBC-DES (RFC 3414 §8).</summary>
    Des = 1,

    /// <summary>AES-128 in CFB mode (RFC 3826).</summary>
    Aes128 = 2,

    /// <summary>AES-192 in CFB mode, key extended as net-snmp does.</summary>
    Aes192 = 3,

    /// <summary>AES-256 in CFB mode, key extended as net-snmp does.</summary>
    Aes256 = 4,

    /// <summary>AES-192 in CFB mode, key extended as Cisco-style agents do (draft-reeder).</summary>
    Aes192Cisco = 5,

    /// <summary>AES-256 in CFB mode, key extended as Cisco-style agents do (draft-reeder).</summary>
    Aes256Cisco = 6,
}
