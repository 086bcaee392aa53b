using System.Security.Cryptography;

namespace Provisioner.Snmp.Security.Usm;

/// <summary>The RFC 7860 HMAC-SHA-256 protocol, truncated to 24 octets.</summary>
internal sealed class HmacSha256Authentication : AuthenticationAlgorithm
{
    public static HmacSha256Authentication Instance { get; } = new();

    public override AuthenticationProtocol Protocol => AuthenticationProtocol.Sha256;

    public override int DigestLength => 32;

    public override int MacLength => 24;

    public override HashAlgorithmName? HmacName => HashAlgorithmName.SHA256;

    public override void Hash(ReadOnlySpan<byte> data, Span<byte> destination) => SHA256.HashData(data, destination);

    public override void Hmac(ReadOnlySpan<byte> key, ReadOnlySpan<byte> data, Span<byte> destination) =>
        HMACSHA256.HashData(key, data, destination);
}
