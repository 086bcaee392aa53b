using Provisioner.Snmp.Types;

namespace Provisioner.Snmp.Ber;

/// <summary>Encodes and decodes the content octets of an OBJECT IDENTIFIER (X.690 §8.19).</summary>
internal static class OidCodec
{
    /// <summary>The largest content length an encodable <see cref="Oid"/> can need.</summary>
    public const int MaxContentLength = Oid.MaxArcs * 5;

    /// <summary>Decodes OID content; 32-bit arcs only, at most <see cref="Oid.MaxArcs"/> arcs.</summary>
    public static Oid Decode(ReadOnlySpan<byte> content, int offset)
    {
        if (content.IsEmpty)
        {
            throw new SnmpDecodeException("An OBJECT IDENTIFIER must have content", offset);
        }

        if ((content[^1] & 0x80) != 0)
        {
            throw new SnmpDecodeException("An OBJECT IDENTIFIER ends inside a sub-identifier", offset);
        }

        Span<uint> arcs = stackalloc uint[Oid.MaxArcs];
        var count = 0;
        var index = 0;
        var first = true;
        while (index < content.Length)
        {
            ulong value = 0;
            var digits = 0;
            byte b;
            do
            {
                b = content[index++];
                value = (value << 7) | (uint)(b & 0x7F);
                if (++digits > 10 || value > (first ? 80UL + uint.MaxValue : uint.MaxValue))
                {
                    throw new SnmpDecodeException("An OBJECT IDENTIFIER sub-identifier exceeds 32 bits", offset + index - 1);
                }
            }
            while ((b & 0x80) != 0);

            if (first)
            {
                first = false;
                var head = value < 40 ? 0u : value < 80 ? 1u : 2u;
                arcs[count++] = head;
                arcs[count++] = (uint)(value - (head * 40));
                continue;
            }

            if (count >= Oid.MaxArcs)
            {
                throw new SnmpDecodeException($"An OBJECT IDENTIFIER has more than {Oid.MaxArcs} arcs", offset);
            }

            arcs[count++] = (uint)value;
        }

        return Oid.FromTrusted(arcs[..count].ToArray());
    }

    /// <summary>Writes OID content into <paramref name="destination"/> and returns the length written.</summary>
    public static int Encode(Oid oid, Span<byte> destination)
    {
        var arcs = oid.Arcs;
        var written = WriteArc(((ulong)arcs[0] * 40) + arcs[1], destination);
        for (var i = 2; i < arcs.Length; i++)
        {
            written += WriteArc(arcs[i], destination[written..]);
        }

        return written;
    }

    private static int WriteArc(ulong value, Span<byte> destination)
    {
        var length = 1;
        for (var v = value >> 7; v != 0; v >>= 7)
        {
            length++;
        }

        for (var i = length - 1; i >= 0; i--)
        {
            var septet = (byte)(value & 0x7F);
            destination[i] = i == length - 1 ? septet : (byte)(septet | 0x80);
            value >>= 7;
        }

        return length;
    }
}
