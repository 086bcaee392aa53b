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

    /// <summary>
    /// Binds the algorithm to a localised key: the returned cipher keeps its keyed state for every
    /// message of that user × engine and may be used from many threads at once.
    /// </summary>
    public abstract PrivacyCipher CreateCipher(ReadOnlySpan<byte> key);

    /// <summary>Encrypts a scoped PDU with a one-off cipher, writing the salt into <paramref name="salt"/>.</summary>
    public byte[] Encrypt(ReadOnlySpan<byte> key, int engineBoots, int engineTime, ReadOnlySpan<byte> plaintext, Span<byte> salt)
    {
        using var cipher = CreateCipher(key);
        return cipher.Encrypt(engineBoots, engineTime, plaintext, salt);
    }

    /// <summary>Decrypts an encrypted scoped PDU with a one-off cipher, or returns null when the parameters are unusable.</summary>
    public byte[]? Decrypt(ReadOnlySpan<byte> key, int engineBoots, int engineTime, ReadOnlySpan<byte> salt, ReadOnlySpan<byte> ciphertext)
    {
        using var cipher = CreateCipher(key);
        return cipher.Decrypt(engineBoots, engineTime, salt, ciphertext);
    }

    /// <summary>Returns the next value of the process-wide salt counter.</summary>
    internal static long NextSalt() => Interlocked.Increment(ref s_salt);

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
