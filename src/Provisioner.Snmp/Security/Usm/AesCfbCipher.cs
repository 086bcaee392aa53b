using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Provisioner.Snmp.Security.Usm;

/// <summary>
/// AES-CFB-128 (RFC 3826) for one key, over pooled AES-ECB transforms. Keystream block i is
/// E(ciphertext block i-1), E(IV) for the first; the last block may be partial (SNMP's CFB is a stream).
/// Encryption feeds back one block at a time; decryption knows every ciphertext block beforehand and
/// computes the whole keystream in one ECB call.
/// </summary>
internal sealed class AesCfbCipher : PrivacyCipher
{
    private const int Block = 16;

    /// <summary>From this many whole blocks on, one BCL CFB call is cheaper than one ECB call per block.</summary>
    private const int OneShotBlocks = 10;
    private readonly InstancePool<EcbBlockCipher> _pool;

    /// <summary>Binds the cipher to <paramref name="key"/> (16, 24 or 32 bytes).</summary>
    public AesCfbCipher(ReadOnlySpan<byte> key)
    {
        var copy = key.ToArray();
        _pool = new InstancePool<EcbBlockCipher>(() => new EcbBlockCipher(Aes.Create(), copy), InstancePool<EcbBlockCipher>.DefaultCapacity);
    }

    public override byte[] Encrypt(int engineBoots, int engineTime, ReadOnlySpan<byte> plaintext, Span<byte> salt)
    {
        BinaryPrimitives.WriteInt64BigEndian(salt, PrivacyAlgorithm.NextSalt());
        Span<byte> iv = stackalloc byte[Block];
        MakeIv(engineBoots, engineTime, salt, iv);
        return Transform(iv, plaintext, encrypt: true);
    }

    public override byte[]? Decrypt(int engineBoots, int engineTime, ReadOnlySpan<byte> salt, ReadOnlySpan<byte> ciphertext)
    {
        if (salt.Length != PrivacyAlgorithm.SaltLength || ciphertext.IsEmpty)
        {
            return null;
        }

        Span<byte> iv = stackalloc byte[Block];
        MakeIv(engineBoots, engineTime, salt, iv);
        return Transform(iv, ciphertext, encrypt: false);
    }

    /// <summary>CFB-128 over any length.</summary>
    public byte[] Transform(ReadOnlySpan<byte> iv, ReadOnlySpan<byte> input, bool encrypt)
    {
        var output = new byte[input.Length];
        if (input.IsEmpty)
        {
            return output;
        }

        var ecb = _pool.Rent();
        try
        {
            if (encrypt)
            {
                EncryptStream(ecb, iv, input, output);
            }
            else
            {
                DecryptStream(ecb, iv, input, output);
            }
        }
        finally
        {
            _pool.Return(ecb);
        }

        return output;
    }

    protected override void Dispose(bool disposing) => _pool.Dispose();

    private static void EncryptStream(EcbBlockCipher ecb, ReadOnlySpan<byte> iv, ReadOnlySpan<byte> input, Span<byte> output)
    {
        var register = ecb.Register;
        var stream = ecb.KeyStream;
        var offset = 0;
        var whole = input.Length / Block * Block;
        if (whole >= OneShotBlocks * Block)
        {
            ecb.Algorithm.EncryptCfb(input[..whole], iv, output[..whole], PaddingMode.None, Block * 8);
            output.Slice(whole - Block, Block).CopyTo(register);
            offset = whole;
        }
        else
        {
            iv.CopyTo(register);
        }

        for (; offset < input.Length; offset += Block)
        {
            ecb.Encrypt(register, 0, Block, stream, 0);
            var length = Math.Min(Block, input.Length - offset);
            var block = output.Slice(offset, length);
            BlockXor.Xor(input.Slice(offset, length), stream, block);
            block.CopyTo(register);
        }
    }

    private static void DecryptStream(EcbBlockCipher ecb, ReadOnlySpan<byte> iv, ReadOnlySpan<byte> input, Span<byte> output)
    {
        var size = (input.Length + Block - 1) / Block * Block;
        var buffer = ArrayPool<byte>.Shared.Rent(2 * size);
        try
        {
            // Feedback register for every block: IV, then each ciphertext block but the last.
            iv.CopyTo(buffer);
            input[..(size - Block)].CopyTo(buffer.AsSpan(Block));
            ecb.Encrypt(buffer, 0, size, buffer, size);
            BlockXor.Xor(input, buffer.AsSpan(size, input.Length), output);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static void MakeIv(int engineBoots, int engineTime, ReadOnlySpan<byte> salt, Span<byte> iv)
    {
        BinaryPrimitives.WriteInt32BigEndian(iv, engineBoots);
        BinaryPrimitives.WriteInt32BigEndian(iv[4..], engineTime);
        salt.CopyTo(iv[8..]);
    }
}
