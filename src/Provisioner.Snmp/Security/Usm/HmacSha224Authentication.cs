namespace Provisioner.Snmp.Security.Usm;

/// <summary>usmHMAC128SHA224AuthProtocol (RFC 7860): HMAC-SHA-224 truncated to 16 octets.</summary>
internal sealed class HmacSha224Authentication : AuthenticationAlgorithm
{
    public static HmacSha224Authentication Instance { get; } = new();

    public override AuthenticationProtocol Protocol => AuthenticationProtocol.Sha224;

    public override int DigestLength => Sha224.HashSize;

    public override int MacLength => 16;

    public override void Hash(ReadOnlySpan<byte> data, Span<byte> destination) => Sha224.HashData(data, destination);

    public override void Hmac(ReadOnlySpan<byte> key, ReadOnlySpan<byte> data, Span<byte> destination) =>
        Sha224.HmacData(key, data, destination);
}
