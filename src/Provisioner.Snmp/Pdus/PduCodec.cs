using System.Net;
using Provisioner.Snmp.Ber;
using Provisioner.Snmp.Types;

namespace Provisioner.Snmp.Pdus;

/// <summary>BER encoding and decoding of every PDU kind (RFC 3416 §3, RFC 1157 §4.1.6 for the v1 trap).</summary>
internal static class PduCodec
{
    private const byte Sequence = 0x30;

    /// <summary>Writes <paramref name="pdu"/>.</summary>
    public static void Write(SnmpBerWriter writer, SnmpPdu pdu)
    {
        var tag = (byte)pdu.Type;
        writer.PushConstructed(tag);
        if (pdu.Type == PduType.TrapV1)
        {
            var trap = pdu.TrapV1 ?? throw new ArgumentException("A TrapV1 PDU needs its TrapV1 fields.", nameof(pdu));
            writer.WriteOid(trap.Enterprise);
            writer.WriteIpAddress(new IpAddress(trap.AgentAddress));
            writer.WriteInteger(trap.GenericTrap);
            writer.WriteInteger(trap.SpecificTrap);
            writer.WriteUnsigned(trap.Timestamp, (byte)SnmpTag.TimeTicks);
        }
        else
        {
            writer.WriteInteger(pdu.RequestId);
            writer.WriteInteger((int)pdu.ErrorStatus);
            writer.WriteInteger(pdu.ErrorIndex);
        }

        WriteVarBinds(writer, pdu.VarBinds);
        writer.PopConstructed(tag);
    }

    /// <summary>Writes a VarBindList.</summary>
    public static void WriteVarBinds(SnmpBerWriter writer, IReadOnlyList<VarBind> varBinds)
    {
        writer.PushConstructed(Sequence);
        for (var i = 0; i < varBinds.Count; i++)
        {
            var varBind = varBinds[i];
            writer.PushConstructed(Sequence);
            writer.WriteOid(varBind.Oid);
            writer.WriteValue(varBind.Value);
            writer.PopConstructed(Sequence);
        }

        writer.PopConstructed(Sequence);
    }

    /// <summary>Reads one PDU of any kind.</summary>
    public static SnmpPdu Read(ref SnmpBerReader reader)
    {
        var tag = reader.PeekTag();
        if (tag is < (byte)PduType.GetRequest or > (byte)PduType.Report)
        {
            throw new SnmpDecodeException($"Expected a PDU but found tag 0x{tag:X2}", reader.Offset);
        }

        var body = reader.ReadConstructed(tag);
        var type = (PduType)tag;
        SnmpPdu pdu;
        if (type == PduType.TrapV1)
        {
            var enterprise = body.ReadOid();
            var address = body.ReadIpAddress();
            var generic = body.ReadInt32();
            var specific = body.ReadInt32();
            var timestamp = body.ReadUInt32((byte)SnmpTag.TimeTicks);
            var varBinds = ReadVarBinds(ref body);
            pdu = new SnmpPdu(type, 0, SnmpErrorStatus.NoError, 0, varBinds)
            {
                TrapV1 = new TrapV1Fields(enterprise, address.Value, generic, specific, timestamp),
            };
        }
        else
        {
            var requestId = body.ReadInt32();
            var errorStatus = body.ReadInt32();
            var errorIndex = body.ReadInt32();
            var varBinds = ReadVarBinds(ref body);
            pdu = new SnmpPdu(type, requestId, (SnmpErrorStatus)errorStatus, errorIndex, varBinds);
        }

        body.EnsureEnd("PDU");
        return pdu;
    }

    private static List<VarBind> ReadVarBinds(ref SnmpBerReader body)
    {
        var list = body.ReadConstructed(Sequence);
        if (!list.HasMore)
        {
            return [];
        }

        var result = new List<VarBind>(8);
        while (list.HasMore)
        {
            var item = list.ReadConstructed(Sequence);
            var oid = item.ReadOid();
            var value = item.ReadValue();
            item.EnsureEnd("variable binding");
            result.Add(new VarBind(oid, value));
        }

        return result;
    }

    /// <summary>Converts an address for an <see cref="IpAddress"/> field, mapping IPv6-mapped IPv4 back to IPv4.</summary>
    public static IPAddress ToIPv4(IPAddress address) =>
        address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
}
