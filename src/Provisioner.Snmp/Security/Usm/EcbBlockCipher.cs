using System.Security.Cryptography;

namespace Provisioner.Snmp.Security.Usm;

/// <summary>
/// One keyed block cipher in ECB mode whose native state (key schedule, OpenSSL context) is set up once
/// and reused for every message, with two block-sized scratch buffers. Not thread-safe: callers rent it
/// from an <see cref="InstancePool{T}"/>. The BCL's one-shot span methods (<c>EncryptCfb</c>,
/// <c>EncryptCbc</c>, <c>EncryptEcb</c>) build a fresh native cipher on every call, even on a reused
/// instance (measured here: 4.7 µs for AES, 16 µs for DES); a reused <see cref="ICryptoTransform"/>
/// does not, but pays about 0.5 µs (AES) or 0.9 µs (DES) per call. Chained encryption, which must go
/// one block per call, therefore switches to the one-shot methods of <see cref="Algorithm"/> for long inputs.
/// </summary>
internal sealed class EcbBlockCipher : IDisposable
{
    private readonly SymmetricAlgorithm _algorithm;
    private readonly byte[] _key;
    private readonly ICryptoTransform _encryptor;
    private ICryptoTransform? _decryptor;

    /// <summary>Takes ownership of <paramref name="algorithm"/> and keys it with <paramref name="key"/>.</summary>
    public EcbBlockCipher(SymmetricAlgorithm algorithm, byte[] key)
    {
        _algorithm = algorithm;
        _key = key;
        algorithm.Key = key;
        algorithm.Mode = CipherMode.ECB;
        algorithm.Padding = PaddingMode.None;
        _encryptor = algorithm.CreateEncryptor(key, null);
        BlockSize = algorithm.BlockSize / 8;
        Register = new byte[BlockSize];
        KeyStream = new byte[BlockSize];
    }

    /// <summary>The keyed algorithm, for its one-shot methods.</summary>
    public SymmetricAlgorithm Algorithm => _algorithm;

    /// <summary>The block size in bytes.</summary>
    public int BlockSize { get; }

    /// <summary>Scratch block: the feedback or chaining register.</summary>
    public byte[] Register { get; }

    /// <summary>Scratch block: the cipher's output for one block.</summary>
    public byte[] KeyStream { get; }

    /// <summary>Encrypts whole blocks; input and output must not overlap.</summary>
    public void Encrypt(byte[] input, int inputOffset, int count, byte[] output, int outputOffset) =>
        Check(_encryptor.TransformBlock(input, inputOffset, count, output, outputOffset), count);

    /// <summary>Decrypts whole blocks; input and output must not overlap.</summary>
    public void Decrypt(byte[] input, int inputOffset, int count, byte[] output, int outputOffset) =>
        Check((_decryptor ??= _algorithm.CreateDecryptor(_key, null)).TransformBlock(input, inputOffset, count, output, outputOffset), count);

    public void Dispose()
    {
        _encryptor.Dispose();
        _decryptor?.Dispose();
        _algorithm.Dispose();
    }

    private static void Check(int written, int count)
    {
        if (written != count)
        {
            throw new CryptographicException($"The ECB transform wrote {written} bytes of {count}.");
        }
    }
}
