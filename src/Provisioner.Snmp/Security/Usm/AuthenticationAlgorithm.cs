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

    /// <summary>The BCL name of the HMAC's hash, or null when the BCL has no HMAC for it (SHA-224).</summary>
    public virtual HashAlgorithmName? HmacName => null;

    /// <summary>Writes the MAC of <paramref name="message"/> into its (zeroed) authentication parameters, with a one-off authenticator.</summary>
    public void Sign(ReadOnlySpan<byte> key, Span<byte> message, int authOffset)
    {
        using var authenticator = new MessageAuthenticator(this, key);
        authenticator.Sign(message, authOffset);
    }

    /// <summary>Checks the MAC at <paramref name="authOffset"/> in constant time, with a one-off authenticator.</summary>
    public bool Verify(ReadOnlySpan<byte> key, ReadOnlySpan<byte> message, int authOffset, int authLength)
    {
        using var authenticator = new MessageAuthenticator(this, key);
        return authenticator.Verify(message, authOffset, authLength);
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
