namespace Provisioner.Snmp.Security;

/// <summary>USM authentication protocols (RFC 3414 and RFC 7860).</summary>
public enum AuthenticationProtocol
{
    /// <summary>No authentication.</summary>
    None = 0,

    /// <summary>usmHMACMD5AuthProtocol: HMAC-MD5-96.</summary>
    Md5,

    /// <summary>usmHMACSHAAuthProtocol: HMAC-SHA-96.</summary>
    Sha1,

    /// <summary>usmHMAC128SHA224AuthProtocol (RFC 7860): 16-octet MAC.</summary>
    Sha224,

    /// <summary>usmHMAC192SHA256AuthProtocol (RFC 7860): 24-octet MAC.</summary>
    Sha256,

    /// <summary>usmHMAC256SHA384AuthProtocol (RFC 7860): 32-octet MAC.</summary>
    Sha384,

    /// <summary>usmHMAC384SHA512AuthProtocol (RFC 7860): 48-octet MAC.</summary>
    Sha512,
}
