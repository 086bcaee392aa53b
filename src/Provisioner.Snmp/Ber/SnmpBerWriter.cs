using System.Formats.Asn1;
using Provisioner.Snmp.Types;

namespace Provisioner.Snmp.Ber;

/// <summary>
/// Writes SNMP BER over <see cref="AsnWriter"/> with <see cref="AsnEncodingRules.BER"/>, which always
/// produces definite, minimal lengths and primitive strings, as RFC 3417 §8 asks of senders.
/// </summary>
internal sealed class SnmpBerWriter
{
    private readonly AsnWriter _writer = new(AsnEncodingRules.BER);

    /// <summary>The number of bytes the encoding needs.</summary>
    public int Length => _writer.GetEncodedLength();

    /// <summary>Starts a constructed value (SEQUENCE or PDU).</summary>
    public void PushConstructed(byte tag) => _writer.PushSequence(ToAsn1Tag(tag));

    /// <summary>Ends the constructed value started with the same tag.</summary>
    public void PopConstructed(byte tag) => _writer.PopSequence(ToAsn1Tag(tag));

    /// <summary>Starts an OCTET STRING whose content is itself an encoding (msgSecurityParameters).</summary>
    public void PushOctetString() => _writer.PushOctetString();

    /// <summary>Ends the OCTET STRING started with <see cref="PushOctetString"/>.</summary>
    public void PopOctetString() => _writer.PopOctetString();

    /// <summary>Writes a signed integer with the given tag.</summary>
    public void WriteInteger(long value, byte tag = (byte)SnmpTag.Integer32) => _writer.WriteInteger(value, TagOrNull(tag));

    /// <summary>Writes an unsigned integer with the given tag.</summary>
    public void WriteUnsigned(ulong value, byte tag) => _writer.WriteInteger(value, TagOrNull(tag));

    /// <summary>Writes a primitive OCTET STRING (or application-tagged string).</summary>
    public void WriteOctetString(ReadOnlySpan<byte> value, byte tag = (byte)SnmpTag.OctetString) =>
        _writer.WriteOctetString(value, TagOrNull(tag));

    /// <summary>Writes a NULL-shaped value.</summary>
    public void WriteNull(byte tag = (byte)SnmpTag.Null) => _writer.WriteNull(TagOrNull(tag));

    /// <summary>Writes an OBJECT IDENTIFIER without going through text.</summary>
    public void WriteOid(Oid oid)
    {
        Span<byte> buffer = stackalloc byte[OidCodec.MaxContentLength + 4];
        var contentLength = OidCodec.Encode(oid, buffer[4..]);
        int headerLength;
        if (contentLength < 0x80)
        {
            buffer[2] = (byte)SnmpTag.ObjectIdentifier;
            buffer[3] = (byte)contentLength;
            headerLength = 2;
        }
        else if (contentLength < 0x100)
        {
            buffer[1] = (byte)SnmpTag.ObjectIdentifier;
            buffer[2] = 0x81;
            buffer[3] = (byte)contentLength;
            headerLength = 3;
        }
        else
        {
            buffer[0] = (byte)SnmpTag.ObjectIdentifier;
            buffer[1] = 0x82;
            buffer[2] = (byte)(contentLength >> 8);
            buffer[3] = (byte)contentLength;
            headerLength = 4;
        }

        _writer.WriteEncodedValue(buffer.Slice(4 - headerLength, headerLength + contentLength));
    }

    /// <summary>Writes any SNMP value.</summary>
    public void WriteValue(SnmpValue value)
    {
        switch (value)
        {
            case Integer32 v:
                WriteInteger(v.Value);
                break;
            case OctetString v:
                WriteOctetString(v.AsSpan());
                break;
            case Null:
                WriteNull();
                break;
            case ObjectIdentifier v:
                WriteOid(v.Value);
                break;
            case IpAddress v:
                WriteIpAddress(v);
                break;
            case Counter32 v:
                WriteUnsigned(v.Value, (byte)SnmpTag.Counter32);
                break;
            case Gauge32 v:
                WriteUnsigned(v.Value, (byte)SnmpTag.Gauge32);
                break;
            case TimeTicks v:
                WriteUnsigned(v.Value, (byte)SnmpTag.TimeTicks);
                break;
            case Opaque v:
                WriteOctetString(v.Value.Span, (byte)SnmpTag.Opaque);
                break;
            case Counter64 v:
                WriteUnsigned(v.Value, (byte)SnmpTag.Counter64);
                break;
            case NoSuchObject or NoSuchInstance or EndOfMibView:
                WriteNull((byte)value.Tag);
                break;
            default:
                throw new ArgumentException($"Unsupported SNMP value type {value.GetType().Name}.", nameof(value));
        }
    }

    /// <summary>Writes an IpAddress as four octets.</summary>
    public void WriteIpAddress(IpAddress value)
    {
        Span<byte> bytes = stackalloc byte[4];
        value.Value.TryWriteBytes(bytes, out _);
        WriteOctetString(bytes, (byte)SnmpTag.IpAddress);
    }

    /// <summary>Returns the encoding as a new array.</summary>
    public byte[] ToArray() => _writer.Encode();

    /// <summary>Copies the encoding into <paramref name="destination"/>.</summary>
    public int CopyTo(Span<byte> destination) => _writer.Encode(destination);

    /// <summary>Clears the writer for reuse.</summary>
    public void Reset() => _writer.Reset();

    private static Asn1Tag? TagOrNull(byte tag) => (tag & 0xC0) == 0 ? null : ToAsn1Tag(tag);

    private static Asn1Tag ToAsn1Tag(byte tag)
    {
        var tagClass = (TagClass)(tag & 0xC0);
        return tagClass == TagClass.Universal && tag == 0x30
            ? Asn1Tag.Sequence
            : new Asn1Tag(tagClass, tag & 0x1F, (tag & 0x20) != 0);
    }
}
