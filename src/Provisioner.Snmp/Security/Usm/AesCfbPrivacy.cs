using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Provisioner.Snmp.Security.Usm;

/// <summary>
/// AES in 128-bit CFB mode (RFC 3826) for 128, 192 and 256-bit keys. IV = engineBoots || engineTime ||
/// 64-bit salt. SNMP's CFB is a stream over any length, so whole blocks go through the BCL's CFB and
/// the final partial block is XORed with AES-ECB of the last ciphertext block.
/// </summary>
internal sealed class AesCfbPrivacy : PrivacyAlgorithm
{
    private const int Block = 16;

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

    public override byte[] Encrypt(ReadOnlySpan<byte> key, int engineBoots, int engineTime, ReadOnlySpan<byte> plaintext, Span<byte> salt)
    {
        BinaryPrimitives.WriteInt64BigEndian(salt, NextSalt());
        Span<byte> iv = stackalloc byte[Block];
        MakeIv(engineBoots, engineTime, salt, iv);
        return Transform(key, iv, plaintext, encrypt: true);
    }

    public override byte[]? Decrypt(ReadOnlySpan<byte> key, int engineBoots, int engineTime, ReadOnlySpan<byte> salt, ReadOnlySpan<byte> ciphertext)
    {
        if (salt.Length != SaltLength || ciphertext.IsEmpty)
        {
            return null;
        }

        Span<byte> iv = stackalloc byte[Block];
        MakeIv(engineBoots, engineTime, salt, iv);
        return Transform(key, iv, ciphertext, encrypt: false);
    }

    /// <summary>CFB-128 over any length.</summary>
    internal byte[] Transform(ReadOnlySpan<byte> key, ReadOnlySpan<byte> iv, ReadOnlySpan<byte> input, bool encrypt)
    {
        using var aes = System.Security.Cryptography.Aes.Create();
        aes.Key = key[..KeyMaterialLength].ToArray();
        var output = new byte[input.Length];
        var whole = input.Length / Block * Block;
        if (whole > 0)
        {
            if (encrypt)
            {
                aes.EncryptCfb(input[..whole], iv, output.AsSpan(0, whole), PaddingMode.None, 128);
            }
            else
            {
                aes.DecryptCfb(input[..whole], iv, output.AsSpan(0, whole), PaddingMode.None, 128);
            }
        }

        var tail = input.Length - whole;
        if (tail > 0)
        {
            // The keystream block is E(previous ciphertext block), or E(IV) when there is none.
            var previous = whole == 0 ? iv : (encrypt ? output.AsSpan(whole - Block, Block) : input.Slice(whole - Block, Block));
            Span<byte> stream = stackalloc byte[Block];
            aes.EncryptEcb(previous, stream, PaddingMode.None);
            for (var i = 0; i < tail; i++)
            {
                output[whole + i] = (byte)(input[whole + i] ^ stream[i]);
            }
        }

        return output;
    }

    private static void MakeIv(int engineBoots, int engineTime, ReadOnlySpan<byte> salt, Span<byte> iv)
    {
        BinaryPrimitives.WriteInt32BigEndian(iv, engineBoots);
        BinaryPrimitives.WriteInt32BigEndian(iv[4..], engineTime);
        salt.CopyTo(iv[8..]);
    }
}
