using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Provisioner.Snmp.Security.Usm;

/// <summary>usmDESPrivProtocol (RFC 3414 §8): CBC-DES, IV = pre-IV XOR salt, salt = engineBoots || counter.</summary>
internal sealed class DesCbcPrivacy : PrivacyAlgorithm
{
    public static DesCbcPrivacy Instance { get; } = new();

    public override PrivacyProtocol Protocol => PrivacyProtocol.Des;

    public override int KeyMaterialLength => 16;

    public override KeyExtension Extension => KeyExtension.None;

    public override byte[] Encrypt(ReadOnlySpan<byte> key, int engineBoots, int engineTime, ReadOnlySpan<byte> plaintext, Span<byte> salt)
    {
        BinaryPrimitives.WriteInt32BigEndian(salt, engineBoots);
        BinaryPrimitives.WriteUInt32BigEndian(salt[4..], (uint)NextSalt());
        Span<byte> iv = stackalloc byte[8];
        MakeIv(key, salt, iv);
        var padded = new byte[(plaintext.Length + 7) / 8 * 8];
        plaintext.CopyTo(padded);
        using var des = Create(key);
        return des.EncryptCbc(padded, iv, PaddingMode.None);
    }

    public override byte[]? Decrypt(ReadOnlySpan<byte> key, int engineBoots, int engineTime, ReadOnlySpan<byte> salt, ReadOnlySpan<byte> ciphertext)
    {
        if (salt.Length != SaltLength || ciphertext.Length == 0 || ciphertext.Length % 8 != 0)
        {
            return null;
        }

        Span<byte> iv = stackalloc byte[8];
        MakeIv(key, salt, iv);
        using var des = Create(key);
        return des.DecryptCbc(ciphertext, iv, PaddingMode.None);
    }

    private static void MakeIv(ReadOnlySpan<byte> key, ReadOnlySpan<byte> salt, Span<byte> iv)
    {
        for (var i = 0; i < 8; i++)
        {
            iv[i] = (byte)(key[8 + i] ^ salt[i]);
        }
    }

#pragma warning disable CA5351 // DES is mandated by RFC 3414 for usmDESPrivProtocol.
    private static DES Create(ReadOnlySpan<byte> key)
    {
        var des = DES.Create();
        try
        {
            des.Key = key[..8].ToArray();
        }
        catch (CryptographicException)
        {
            // The BCL refuses the 16 weak and semi-weak DES keys.
            des.Dispose();
            throw new SnmpException("The localised DES key is a weak DES key; choose another privacy pass phrase.");
        }

        return des;
    }
#pragma warning restore CA5351
}
