using System.Net;
using Provisioner.Snmp.Types;

namespace Provisioner.Snmp.Ber;

/// <summary>Value decoding: integer policies and the SNMP value switch.</summary>
internal ref partial struct SnmpBerReader
{
    /// <summary>Reads any SNMP value, dispatching on its tag.</summary>
    public SnmpValue ReadValue()
    {
        var tag = PeekTag();
        switch ((SnmpTag)tag)
        {
            case SnmpTag.Integer32:
                return new Integer32(ReadInt32());
            case SnmpTag.OctetString:
                return OctetString.FromOwned(ReadOctetString().ToArray());
            case SnmpTag.Null:
                ReadNull();
                return Null.Instance;
            case SnmpTag.ObjectIdentifier:
                return new ObjectIdentifier(ReadOid());
            case SnmpTag.IpAddress:
                return ReadIpAddress();
            case SnmpTag.Counter32:
                return new Counter32(ReadUInt32(tag));
            case SnmpTag.Gauge32:
                return new Gauge32(ReadUInt32(tag));
            case SnmpTag.TimeTicks:
                return new TimeTicks(ReadUInt32(tag));
            case SnmpTag.Opaque:
                return new Opaque(ReadOctetString(tag));
            case SnmpTag.Counter64:
                return new Counter64(ReadUInt64(tag));
            case SnmpTag.NoSuchObject:
                ReadNull(tag);
                return NoSuchObject.Instance;
            case SnmpTag.NoSuchInstance:
                ReadNull(tag);
                return NoSuchInstance.Instance;
            case SnmpTag.EndOfMibView:
                ReadNull(tag);
                return EndOfMibView.Instance;
            default:
                throw Fail($"Unsupported value type 0x{tag:X2}");
        }
    }

    /// <summary>Reads an IpAddress ([APPLICATION 0]) of exactly four octets.</summary>
    public IpAddress ReadIpAddress()
    {
        var content = ReadTlv((byte)SnmpTag.IpAddress, out var offset);
        if (content.Length != 4)
        {
            throw new SnmpDecodeException($"An IpAddress must have 4 octets, not {content.Length}", offset);
        }

        return new IpAddress(new IPAddress(content));
    }

    /// <summary>
    /// Decodes a two's complement integer leniently: redundant leading 0x00/0xFF octets are accepted
    /// (RFC 3417 senders must not produce them, but some agents do) as long as the value fits.
    /// </summary>
    internal static int DecodeInt32(ReadOnlySpan<byte> content, int offset)
    {
        if (content.IsEmpty)
        {
            throw new SnmpDecodeException("An INTEGER must have at least one content octet", offset);
        }

        var negative = (content[0] & 0x80) != 0;
        var pad = negative ? (byte)0xFF : (byte)0x00;
        var start = 0;
        while (content.Length - start > 4 && content[start] == pad)
        {
            start++;
        }

        var significant = content[start..];
        if (significant.Length > 4 || (significant.Length == 4 && ((significant[0] & 0x80) != 0) != negative))
        {
            throw new SnmpDecodeException("An INTEGER value does not fit in 32 bits", offset);
        }

        var value = negative ? -1 : 0;
        foreach (var b in significant)
        {
            value = (value << 8) | b;
        }

        return value;
    }

    /// <summary>
    /// Decodes an unsigned application integer leniently: leading zero octets are skipped, and a value
    /// whose top bit is set without the leading 0x00 (a common agent bug) is read as unsigned.
    /// </summary>
    internal static ulong DecodeUnsigned(ReadOnlySpan<byte> content, int offset, int maxBytes)
    {
        if (content.IsEmpty)
        {
            throw new SnmpDecodeException("An unsigned integer must have at least one content octet", offset);
        }

        var start = 0;
        while (start < content.Length - 1 && content[start] == 0)
        {
            start++;
        }

        var significant = content[start..];
        if (significant.Length > maxBytes)
        {
            throw new SnmpDecodeException($"An unsigned value does not fit in {maxBytes * 8} bits", offset);
        }

        ulong value = 0;
        foreach (var b in significant)
        {
            value = (value << 8) | b;
        }

        return value;
    }
}
