using System.Buffers.Binary;
using System.Numerics;

namespace Provisioner.Snmp.Security.Usm;

/// <summary>
/// SHA-224 (FIPS 180-4) and HMAC-SHA-224 (RFC 2104), which the BCL does not offer but RFC 7860's
/// usmHMAC128SHA224AuthProtocol needs: SHA-256's compression with its own initial values, truncated.
/// </summary>
internal static class Sha224
{
    /// <summary>The digest length in bytes.</summary>
    public const int HashSize = 28;

    private const int BlockSize = 64;

    private static readonly uint[] K =
    [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ];

    /// <summary>Computes SHA-224 of <paramref name="data"/>.</summary>
    public static void HashData(ReadOnlySpan<byte> data, Span<byte> destination) => HashParts(data, [], destination);

    /// <summary>Computes HMAC-SHA-224 (full 28 bytes).</summary>
    public static void HmacData(ReadOnlySpan<byte> key, ReadOnlySpan<byte> data, Span<byte> destination)
    {
        Span<byte> block = stackalloc byte[BlockSize];
        block.Clear();
        if (key.Length > BlockSize)
        {
            HashData(key, block);
        }
        else
        {
            key.CopyTo(block);
        }

        Span<byte> pad = stackalloc byte[BlockSize];
        Span<byte> inner = stackalloc byte[HashSize];
        for (var i = 0; i < BlockSize; i++)
        {
            pad[i] = (byte)(block[i] ^ 0x36);
        }

        HashParts(pad, data, inner);
        for (var i = 0; i < BlockSize; i++)
        {
            pad[i] = (byte)(block[i] ^ 0x5c);
        }

        HashParts(pad, inner, destination);
    }

    private static void HashParts(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second, Span<byte> destination)
    {
        Span<uint> state = [0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4];
        Span<uint> schedule = stackalloc uint[64];
        Span<byte> buffer = stackalloc byte[BlockSize];
        var filled = 0;
        var total = (ulong)first.Length + (ulong)second.Length;
        Absorb(first, buffer, ref filled, state, schedule);
        Absorb(second, buffer, ref filled, state, schedule);

        buffer[filled++] = 0x80;
        if (filled > BlockSize - 8)
        {
            buffer[filled..].Clear();
            Compress(buffer, state, schedule);
            filled = 0;
        }

        buffer[filled..(BlockSize - 8)].Clear();
        BinaryPrimitives.WriteUInt64BigEndian(buffer[(BlockSize - 8)..], total * 8);
        Compress(buffer, state, schedule);
        for (var i = 0; i < 7; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(destination[(i * 4)..], state[i]);
        }
    }

    private static void Absorb(ReadOnlySpan<byte> data, Span<byte> buffer, ref int filled, Span<uint> state, Span<uint> schedule)
    {
        while (!data.IsEmpty)
        {
            if (filled == 0 && data.Length >= BlockSize)
            {
                Compress(data[..BlockSize], state, schedule);
                data = data[BlockSize..];
                continue;
            }

            var take = Math.Min(BlockSize - filled, data.Length);
            data[..take].CopyTo(buffer[filled..]);
            filled += take;
            data = data[take..];
            if (filled == BlockSize)
            {
                Compress(buffer, state, schedule);
                filled = 0;
            }
        }
    }

    private static void Compress(ReadOnlySpan<byte> block, Span<uint> state, Span<uint> w)
    {
        for (var i = 0; i < 16; i++)
        {
            w[i] = BinaryPrimitives.ReadUInt32BigEndian(block[(i * 4)..]);
        }

        for (var i = 16; i < 64; i++)
        {
            var s0 = BitOperations.RotateRight(w[i - 15], 7) ^ BitOperations.RotateRight(w[i - 15], 18) ^ (w[i - 15] >> 3);
            var s1 = BitOperations.RotateRight(w[i - 2], 17) ^ BitOperations.RotateRight(w[i - 2], 19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16] + s0 + w[i - 7] + s1;
        }

        uint a = state[0], b = state[1], c = state[2], d = state[3], e = state[4], f = state[5], g = state[6], h = state[7];
        for (var i = 0; i < 64; i++)
        {
            var s1 = BitOperations.RotateRight(e, 6) ^ BitOperations.RotateRight(e, 11) ^ BitOperations.RotateRight(e, 25);
            var ch = (e & f) ^ (~e & g);
            var t1 = h + s1 + ch + K[i] + w[i];
            var s0 = BitOperations.RotateRight(a, 2) ^ BitOperations.RotateRight(a, 13) ^ BitOperations.RotateRight(a, 22);
            var maj = (a & b) ^ (a & c) ^ (b & c);
            var t2 = s0 + maj;
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }

        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }
}
