using System.Security.Cryptography;

namespace Provisioner.Snmp.Security.Usm;

/// <summary>The RFC 7860 HMAC-SHA-512 protocol, truncated to 48 octets.</summary>
internal sealed class HmacSha512Authentication : AuthenticationAlgorithm
{
    public static HmacSha512Authentication Instance { get; } = new();

    public override AuthenticationProtocol Protocol => AuthenticationProtocol.Sha512;

    public override int DigestLength => 64;

    public override int MacLength => 48;

    public override HashAlgorithmName? HmacName => HashAlgorithmName.SHA512;

    public override void Hash(ReadOnlySpan<byte> data, Span<byte> destination) => SHA512.HashData(data, destination);

    public override void Hmac(ReadOnlySpan<byte> key, ReadOnlySpan<byte> data, Span<byte> destination) =>
        HMACSHA512.HashData(key, data, destination);
}
