using System.Security.Cryptography;

namespace Provisioner.Snmp.Security.Usm;

/// <summary>The RFC 7860 HMAC-SHA-384 protocol, truncated to 32 octets.</summary>
internal sealed class HmacSha384Authentication : AuthenticationAlgorithm
{
    public static HmacSha384Authentication Instance { get; } = new();

    public override AuthenticationProtocol Protocol => AuthenticationProtocol.Sha384;

    public override int DigestLength => 48;

    public override int MacLength => 32;

    public override HashAlgorithmName? HmacName => HashAlgorithmName.SHA384;

    public override void Hash(ReadOnlySpan<byte> data, Span<byte> destination) => SHA384.HashData(data, destination);

    public override void Hmac(ReadOnlySpan<byte> key, ReadOnlySpan<byte> data, Span<byte> destination) =>
        HMACSHA384.HashData(key, data, destination);
}
