namespace Provisioner.Snmp.Security.Usm;

/// <summary>One USM privacy protocol: key material length, key extension, and the cipher.</summary>
internal abstract class PrivacyAlgorithm
{
    /// <summary>The length of msgPrivacyParameters (the salt).</summary>
    public const int SaltLength = 8;

    private static long s_salt = Random.Shared.NextInt64();

    /// <summary>The protocol.</summary>
    public abstract PrivacyProtocol Protocol { get; }

    /// <summary>The localised key material the cipher needs (DES: key and pre-IV).</summary>
    public abstract int KeyMaterialLength { get; }

    /// <summary>Which extension lengthens a localised key that is too short.</summary>
    public abstract KeyExtension Extension { get; }

    /// <summary>Encrypts a scoped PDU, writing the salt into <paramref name="salt"/>.</summary>
    public abstract byte[] Encrypt(ReadOnlySpan<byte> key, int engineBoots, int engineTime, ReadOnlySpan<byte> plaintext, Span<byte> salt);

    /// <summary>Decrypts an encrypted scoped PDU, or returns null when the parameters are unusable.</summary>
    public abstract byte[]? Decrypt(ReadOnlySpan<byte> key, int engineBoots, int engineTime, ReadOnlySpan<byte> salt, ReadOnlySpan<byte> ciphertext);

    /// <summary>Returns the next value of the process-wide salt counter.</summary>
    protected static long NextSalt() => Interlocked.Increment(ref s_salt);

    /// <summary>Returns the algorithm for <paramref name="protocol"/>.</summary>
    public static PrivacyAlgorithm For(PrivacyProtocol protocol) => protocol switch
    {
        PrivacyProtocol.Des => DesCbcPrivacy.Instance,
        PrivacyProtocol.Aes128 => AesCfbPrivacy.Aes128,
        PrivacyProtocol.Aes192 => AesCfbPrivacy.Aes192,
        PrivacyProtocol.Aes256 => AesCfbPrivacy.Aes256,
        PrivacyProtocol.Aes192Cisco => AesCfbPrivacy.Aes192Cisco,
        PrivacyProtocol.Aes256Cisco => AesCfbPrivacy.Aes256Cisco,
        _ => throw new ArgumentOutOfRangeException(nameof(protocol), protocol, "No privacy algorithm for this protocol."),
    };
}
