using System.Runtime.Intrinsics;

namespace Provisioner.Snmp.Security.Usm;

/// <summary>XOR of byte spans, 16 bytes at a time.</summary>
internal static class BlockXor
{
    /// <summary>Writes <paramref name="left"/> XOR <paramref name="right"/> into <paramref name="destination"/> (<paramref name="left"/>'s length).</summary>
    public static void Xor(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right, Span<byte> destination)
    {
        var i = 0;
        for (; i + 16 <= left.Length; i += 16)
        {
            (Vector128.Create(left.Slice(i, 16)) ^ Vector128.Create(right.Slice(i, 16))).CopyTo(destination[i..]);
        }

        for (; i < left.Length; i++)
        {
            destination[i] = (byte)(left[i] ^ right[i]);
        }
    }
}
