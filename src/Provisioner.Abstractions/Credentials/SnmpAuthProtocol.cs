namespace Provisioner.Abstractions;

/// <summary>SNMPv3 USM authentication protocols (RFC 3414, RFC 7860).</summary>
public enum SnmpAuthProtocol
{
    /// <summary>No authentication (noAuthNoPriv).</summary>
    None = 0,

    /// <summary>HMAC-MD5-96.</summary>
    Md5 = 1,

    /// <summary>HMAC-SHA-96.</summary>
    Sha1 = 2,

    /// <summary>HMAC-SHA-224 truncated to 128 bits (usmHMAC128SHA224AuthProtocol).</summary>
    Sha224 = 3,

    /// <summary>HMAC-SHA-256 truncated to 192 bits (usmHMAC192SHA256AuthProtocol).</summary>
    Sha256 = 4,

    /// <summary>HMAC-SHA-384 truncated to 256 bits (usmHMAC256SHA384AuthProtocol).</summary>
    Sha384 = 5,

    /// <summary>HMAC-SHA-512 truncated to 384 bits (usmHMAC384SHA512AuthProtocol).</summary>
    Sha512 = 6,
}
