namespace Provisioner.Snmp.Security;

/// <summary>USM privacy protocols.</summary>
public enum PrivacyProtocol
{
    /// <summary>No encryption.</summary>
    None = 0,

    /// <summary>usmDESPrivProtocol: CBC-DES (RFC 3414 §8).</summary>
    Des,

    /// <summary>usmAesCfb128Protocol: AES-128 in CFB mode (RFC 3826).</summary>
    Aes128,

    /// <summary>AES-192-CFB with the draft-blumenthal-aes-usm-04 key extension (net-snmp's "AES192").</summary>
    Aes192,

    /// <summary>AES-256-CFB with the draft-blumenthal-aes-usm-04 key extension (net-snmp's "AES256").</summary>
    Aes256,

    /// <summary>AES-192-CFB with the draft-reeder-snmpv3-usm-3desede key extension (Cisco; net-snmp's "AES192C").</summary>
    Aes192Cisco,

    /// <summary>AES-256-CFB with the draft-reeder-snmpv3-usm-3desede key extension (Cisco; net-snmp's "AES256C").</summary>
    Aes256Cisco,
}
