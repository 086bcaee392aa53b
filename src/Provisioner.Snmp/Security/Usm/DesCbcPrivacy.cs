namespace Provisioner.Snmp.Security.Usm;

/// <summary>usmDESPrivProtocol (RFC 3414 §8): CBC-DES, IV = pre-IV XOR salt, salt = engineBoots || counter; the cipher itself is <see cref="DesCbcCipher"/>.</summary>
internal sealed class DesCbcPrivacy : PrivacyAlgorithm
{
    public static DesCbcPrivacy Instance { get; } = new();

    public override PrivacyProtocol Protocol => PrivacyProtocol.Des;

    public override int KeyMaterialLength => 16;

    public override KeyExtension Extension => KeyExtension.None;

    public override PrivacyCipher CreateCipher(ReadOnlySpan<byte> key) => new DesCbcCipher(key[..KeyMaterialLength]);
}
