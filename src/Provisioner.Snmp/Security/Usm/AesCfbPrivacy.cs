namespace Provisioner.Snmp.Security.Usm;

/// <summary>
/// AES in 128-bit CFB mode (RFC 3826) for 128, 192 and 256-bit keys. IV = engineBoots || engineTime ||
/// 64-bit salt; the cipher itself is <see cref="AesCfbCipher"/>.
/// </summary>
internal sealed class AesCfbPrivacy : PrivacyAlgorithm
{
    private AesCfbPrivacy(PrivacyProtocol protocol, int keyLength, KeyExtension extension)
    {
        Protocol = protocol;
        KeyMaterialLength = keyLength;
        Extension = extension;
    }

    public static AesCfbPrivacy Aes128 { get; } = new(PrivacyProtocol.Aes128, 16, KeyExtension.None);

    public static AesCfbPrivacy Aes192 { get; } = new(PrivacyProtocol.Aes192, 24, KeyExtension.Blumenthal);

    public static AesCfbPrivacy Aes256 { get; } = new(PrivacyProtocol.Aes256, 32, KeyExtension.Blumenthal);

    public static AesCfbPrivacy Aes192Cisco { get; } = new(PrivacyProtocol.Aes192Cisco, 24, KeyExtension.Reeder);

    public static AesCfbPrivacy Aes256Cisco { get; } = new(PrivacyProtocol.Aes256Cisco, 32, KeyExtension.Reeder);

    public override PrivacyProtocol Protocol { get; }

    public override int KeyMaterialLength { get; }

    public override KeyExtension Extension { get; }

    public override PrivacyCipher CreateCipher(ReadOnlySpan<byte> key) => new AesCfbCipher(key[..KeyMaterialLength]);

    /// <summary>CFB-128 over any length with a one-off cipher.</summary>
    internal byte[] Transform(ReadOnlySpan<byte> key, ReadOnlySpan<byte> iv, ReadOnlySpan<byte> input, bool encrypt)
    {
        using var cipher = new AesCfbCipher(key[..KeyMaterialLength]);
        return cipher.Transform(iv, input, encrypt);
    }
}
