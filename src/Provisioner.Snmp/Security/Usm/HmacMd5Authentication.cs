using System.Security.Cryptography;

namespace Provisioner.Snmp.Security.Usm;

/// <summary>usmHMACMD5AuthProtocol: HMAC-MD5-96 (RFC 3414 §6).</summary>
internal sealed class HmacMd5Authentication : AuthenticationAlgorithm
{
    public static HmacMd5Authentication Instance { get; } = new();

    public override AuthenticationProtocol Protocol => AuthenticationProtocol.Md5;

    public override int DigestLength => 16;

    public override int MacLength => 12;

    public override HashAlgorithmName? HmacName => HashAlgorithmName.MD5;

#pragma warning disable CA5351 // MD5 is mandated by RFC 3414 for this protocol.
    public override void Hash(ReadOnlySpan<byte> data, Span<byte> destination) => MD5.HashData(data, destination);

    public override void Hmac(ReadOnlySpan<byte> key, ReadOnlySpan<byte> data, Span<byte> destination) =>
        HMACMD5.HashData(key, data, destination);
#pragma warning restore CA5351
}
