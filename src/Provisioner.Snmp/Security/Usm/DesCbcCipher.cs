using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Provisioner.Snmp.Security.Usm;

/// <summary>
/// usmDESPrivProtocol (RFC 3414 §8) for one localised key: CBC-DES over pooled DES-ECB transforms,
/// IV = pre-IV (key bytes 8..15) XOR salt, salt = engineBoots || counter, plaintext zero-padded to 8 bytes.
/// </summary>
internal sealed class DesCbcCipher : PrivacyCipher
{
    private const int Block = 8;

    /// <summary>From this many blocks on, one BCL CBC call is cheaper than one ECB call per block.</summary>
    private const int OneShotBlocks = 18;
    private readonly InstancePool<EcbBlockCipher> _pool;
    private readonly byte[] _preIv;
    private readonly bool _weakKey;

    /// <summary>Binds the cipher to <paramref name="key"/>: 8 bytes of DES key, then 8 bytes of pre-IV.</summary>
    public DesCbcCipher(ReadOnlySpan<byte> key)
    {
        var desKey = key[..Block].ToArray();
        _preIv = key.Slice(Block, Block).ToArray();
#pragma warning disable CA5351 // DES is mandated by RFC 3414 for usmDESPrivProtocol.
        _weakKey = DES.IsWeakKey(desKey) || DES.IsSemiWeakKey(desKey);
        _pool = new InstancePool<EcbBlockCipher>(() => new EcbBlockCipher(DES.Create(), desKey), InstancePool<EcbBlockCipher>.DefaultCapacity);
#pragma warning restore CA5351
    }

    public override byte[] Encrypt(int engineBoots, int engineTime, ReadOnlySpan<byte> plaintext, Span<byte> salt)
    {
        ThrowIfWeak();
        BinaryPrimitives.WriteInt32BigEndian(salt, engineBoots);
        BinaryPrimitives.WriteUInt32BigEndian(salt[4..], (uint)PrivacyAlgorithm.NextSalt());
        var output = new byte[(plaintext.Length + Block - 1) / Block * Block];
        var ecb = _pool.Rent();
        try
        {
            var register = ecb.Register;
            BlockXor.Xor(_preIv, salt[..Block], register);
            if (output.Length >= OneShotBlocks * Block)
            {
                // PaddingMode.Zeros pads only a partial last block, as RFC 3414 §8.1.1.2 asks.
                ecb.Algorithm.EncryptCbc(plaintext, register, output, PaddingMode.Zeros);
                return output;
            }

            plaintext.CopyTo(output);
            for (var offset = 0; offset < output.Length; offset += Block)
            {
                // C[i] = E(P[i] XOR C[i-1]), C[-1] = IV.
                BlockXor.Xor(register, output.AsSpan(offset, Block), register);
                ecb.Encrypt(register, 0, Block, output, offset);
                output.AsSpan(offset, Block).CopyTo(register);
            }
        }
        finally
        {
            _pool.Return(ecb);
        }

        return output;
    }

    public override byte[]? Decrypt(int engineBoots, int engineTime, ReadOnlySpan<byte> salt, ReadOnlySpan<byte> ciphertext)
    {
        if (salt.Length != PrivacyAlgorithm.SaltLength || ciphertext.Length == 0 || ciphertext.Length % Block != 0)
        {
            return null;
        }

        ThrowIfWeak();
        var output = new byte[ciphertext.Length];
        var buffer = ArrayPool<byte>.Shared.Rent(ciphertext.Length);
        var ecb = _pool.Rent();
        try
        {
            // P[i] = D(C[i]) XOR C[i-1], C[-1] = IV: every block decrypts in one ECB call.
            ciphertext.CopyTo(buffer);
            ecb.Decrypt(buffer, 0, ciphertext.Length, output, 0);
            Span<byte> iv = stackalloc byte[Block];
            BlockXor.Xor(_preIv, salt, iv);
            BlockXor.Xor(output.AsSpan(0, Block), iv, output.AsSpan(0, Block));
            BlockXor.Xor(output.AsSpan(Block), ciphertext[..^Block], output.AsSpan(Block));
        }
        finally
        {
            _pool.Return(ecb);
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return output;
    }

    protected override void Dispose(bool disposing) => _pool.Dispose();

    private void ThrowIfWeak()
    {
        if (_weakKey)
        {
            // The BCL refuses the 16 weak and semi-weak DES keys.
            throw new SnmpException("The localised DES key is a weak DES key; choose another privacy pass phrase.");
        }
    }
}
