using System.Buffers;
using System.Security.Cryptography;

namespace Provisioner.Snmp.Security.Usm;

/// <summary>
/// One USM authentication protocol: its hash (for key localisation, RFC 3414 A.2) and its truncated
/// HMAC over the whole message with msgAuthenticationParameters zeroed (RFC 3414 §6.3, §7.3; RFC 7860).
/// </summary>
internal abstract class AuthenticationAlgorithm
{
    /// <summary>The protocol.</summary>
    public abstract AuthenticationProtocol Protocol { get; }

    /// <summary>The hash output length, which is also the key length.</summary>
    public abstract int DigestLength { get; }

    /// <summary>The length of msgAuthenticationParameters (the truncated MAC).</summary>
    public abstract int MacLength { get; }

    /// <summary>Hashes <paramref name="data"/> into <paramref name="destination"/> (<see cref="DigestLength"/> bytes).</summary>
    public abstract void Hash(ReadOnlySpan<byte> data, Span<byte> destination);

    /// <summary>Computes the full HMAC of <paramref name="data"/> into <paramref name="destination"/>.</summary>
    public abstract void Hmac(ReadOnlySpan<byte> key, ReadOnlySpan<byte> data, Span<byte> destination);

    /// <summary>Writes the MAC of <paramref name="message"/> into its (zeroed) authentication parameters.</summary>
    public void Sign(ReadOnlySpan<byte> key, Span<byte> message, int authOffset)
    {
        var field = message.Slice(authOffset, MacLength);
        field.Clear();
        Span<byte> mac = stackalloc byte[DigestLength];
        Hmac(key, message, mac);
        mac[..MacLength].CopyTo(field);
    }

    /// <summary>Checks the MAC at <paramref name="authOffset"/> in constant time.</summary>
    public bool Verify(ReadOnlySpan<byte> key, ReadOnlySpan<byte> message, int authOffset, int authLength)
    {
        if (authLength != MacLength || authOffset < 0 || authOffset + authLength > message.Length)
        {
            return false;
        }

        var copy = ArrayPool<byte>.Shared.Rent(message.Length);
        try
        {
            var span = copy.AsSpan(0, message.Length);
            message.CopyTo(span);
            span.Slice(authOffset, MacLength).Clear();
            Span<byte> mac = stackalloc byte[DigestLength];
            Hmac(key, span, mac);
            return CryptographicOperations.FixedTimeEquals(mac[..MacLength], message.Slice(authOffset, MacLength));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(copy);
        }
    }

    /// <summary>Returns the algorithm for <paramref name="protocol"/>.</summary>
    public static AuthenticationAlgorithm For(AuthenticationProtocol protocol) => protocol switch
    {
        AuthenticationProtocol.Md5 => HmacMd5Authentication.Instance,
        AuthenticationProtocol.Sha1 => HmacSha1Authentication.Instance,
        AuthenticationProtocol.Sha224 => HmacSha224Authentication.Instance,
        AuthenticationProtocol.Sha256 => HmacSha256Authentication.Instance,
        AuthenticationProtocol.Sha384 => HmacSha384Authentication.Instance,
        AuthenticationProtocol.Sha512 => HmacSha512Authentication.Instance,
        _ => throw new ArgumentOutOfRangeException(nameof(protocol), protocol, "No authentication algorithm for this protocol."),
    };
}
