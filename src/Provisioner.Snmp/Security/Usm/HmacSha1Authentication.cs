using System.Security.Cryptography;

namespace Provisioner.Snmp.Security.Usm;

/// <summary>usmHMACSHAAuthProtocol: HMAC-SHA-96 (RFC 3414 §7).</summary>
internal sealed class HmacSha1Authentication : AuthenticationAlgorithm
{
    public static HmacSha1Authentication Instance { get; } = new();

    public override AuthenticationProtocol Protocol => AuthenticationProtocol.Sha1;

    public override int DigestLength => 20;

    public override int MacLength => 12;

    public override HashAlgorithmName? HmacName => HashAlgorithmName.SHA1;

#pragma warning disable CA5350 // SHA-1 is mandated by RFC 3414 for this protocol.
    public override void Hash(ReadOnlySpan<byte> data, Span<byte> destination) => SHA1.HashData(data, destination);

    public override void Hmac(ReadOnlySpan<byte> key, ReadOnlySpan<byte> data, Span<byte> destination) =>
        HMACSHA1.HashData(key, data, destination);
#pragma warning restore CA5350
}
