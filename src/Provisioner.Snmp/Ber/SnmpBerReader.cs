using System.Formats.Asn1;
using Provisioner.Snmp.Types;

namespace Provisioner.Snmp.Ber;

/// <summary>
/// Reads SNMP BER (RFC 3417 §8) from a span without allocating, framing each TLV with
/// <see cref="AsnDecoder"/> under <see cref="AsnEncodingRules.BER"/> and applying SNMP's policies on top:
/// lenient about non-minimal integers and long-form lengths, strict about indefinite lengths,
/// multi-octet tags and constructed strings. Every failure is a <see cref="SnmpDecodeException"/>
/// carrying the absolute packet offset.
/// </summary>
internal ref partial struct SnmpBerReader
{
    private readonly ReadOnlySpan<byte> _data;
    private readonly int _baseOffset;
    private int _position;

    /// <summary>Creates a reader over <paramref name="data"/>, whose first byte sits at <paramref name="baseOffset"/> in the packet.</summary>
    public SnmpBerReader(ReadOnlySpan<byte> data, int baseOffset = 0)
    {
        _data = data;
        _baseOffset = baseOffset;
        _position = 0;
    }

    /// <summary>Whether unread bytes remain.</summary>
    public readonly bool HasMore => _position < _data.Length;

    /// <summary>The absolute packet offset of the next byte.</summary>
    public readonly int Offset => _baseOffset + _position;

    /// <summary>The tag octet of the next TLV.</summary>
    public readonly byte PeekTag()
    {
        if (_position >= _data.Length)
        {
            throw Fail("Unexpected end of data: a value was expected");
        }

        return _data[_position];
    }

    /// <summary>Reads one TLV with tag <paramref name="expectedTag"/> and returns its content.</summary>
    public ReadOnlySpan<byte> ReadTlv(byte expectedTag, out int contentOffset)
    {
        var tag = ReadTlvAny(out var content, out contentOffset);
        if (tag != expectedTag)
        {
            throw new SnmpDecodeException($"Expected tag 0x{expectedTag:X2} but found 0x{tag:X2}", contentOffset - 2);
        }

        return content;
    }

    /// <summary>Reads one TLV of any tag.</summary>
    public byte ReadTlvAny(out ReadOnlySpan<byte> content, out int contentOffset)
    {
        var start = _position;
        if (start >= _data.Length)
        {
            throw Fail("Unexpected end of data: a value was expected");
        }

        var tag = _data[start];
        if ((tag & 0x1F) == 0x1F)
        {
            throw Fail("Multi-octet tags are not used by SNMP");
        }

        if (start + 1 >= _data.Length)
        {
            throw Fail("Unexpected end of data: the length is missing");
        }

        if (_data[start + 1] == 0x80)
        {
            throw new SnmpDecodeException("Indefinite lengths are not allowed in SNMP (RFC 3417 §8)", _baseOffset + start + 1);
        }

        var remaining = _data[start..];
        int offset, length, consumed;
        try
        {
            if (!AsnDecoder.TryReadEncodedValue(remaining, AsnEncodingRules.BER, out _, out offset, out length, out consumed))
            {
                throw Fail("Malformed length, or a length beyond the end of the data");
            }
        }
        catch (AsnContentException ex)
        {
            throw new SnmpDecodeException($"Malformed BER framing at byte offset {Offset}: {ex.Message}", ex);
        }

        content = remaining.Slice(offset, length);
        contentOffset = _baseOffset + start + offset;
        _position = start + consumed;
        return tag;
    }

    /// <summary>Reads a constructed TLV (SEQUENCE or PDU) and returns a reader over its content.</summary>
    public SnmpBerReader ReadConstructed(byte expectedTag)
    {
        var content = ReadTlv(expectedTag, out var contentOffset);
        return new SnmpBerReader(content, contentOffset);
    }

    /// <summary>Fails unless every byte has been read.</summary>
    public readonly void EnsureEnd(string what)
    {
        if (HasMore)
        {
            throw Fail($"Unexpected bytes after the end of the {what}");
        }
    }

    /// <summary>Reads an INTEGER (or application-tagged signed integer) that must fit in 32 bits.</summary>
    public int ReadInt32(byte tag = (byte)SnmpTag.Integer32)
    {
        var content = ReadTlv(tag, out var offset);
        return DecodeInt32(content, offset);
    }

    /// <summary>Reads an unsigned 32-bit application type (Counter32, Gauge32, TimeTicks).</summary>
    public uint ReadUInt32(byte tag)
    {
        var content = ReadTlv(tag, out var offset);
        return (uint)DecodeUnsigned(content, offset, 4);
    }

    /// <summary>Reads an unsigned 64-bit application type (Counter64).</summary>
    public ulong ReadUInt64(byte tag)
    {
        var content = ReadTlv(tag, out var offset);
        return DecodeUnsigned(content, offset, 8);
    }

    /// <summary>Reads a primitive OCTET STRING (or application-tagged string) and returns its content.</summary>
    public ReadOnlySpan<byte> ReadOctetString(byte tag = (byte)SnmpTag.OctetString) => ReadTlv(tag, out _);

    /// <summary>Reads a NULL-shaped value (NULL or an exception value) which must be empty.</summary>
    public void ReadNull(byte tag = (byte)SnmpTag.Null)
    {
        var content = ReadTlv(tag, out var offset);
        if (!content.IsEmpty)
        {
            throw new SnmpDecodeException("A NULL value must have no content", offset);
        }
    }

    /// <summary>Reads an OBJECT IDENTIFIER.</summary>
    public Oid ReadOid()
    {
        var content = ReadTlv((byte)SnmpTag.ObjectIdentifier, out var offset);
        return OidCodec.Decode(content, offset);
    }

    private readonly SnmpDecodeException Fail(string message) => new(message, Offset);
}
