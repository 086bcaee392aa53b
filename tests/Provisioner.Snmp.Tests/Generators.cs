using System.Net;
using CsCheck;
using Provisioner.Snmp.Messages;
using Provisioner.Snmp.Pdus;
using Provisioner.Snmp.Types;

namespace Provisioner.Snmp.Tests;

/// <summary>CsCheck generators for every SNMP type, PDU and message shape.</summary>
internal static class Generators
{
    public static readonly Gen<Oid> Oid =
        Gen.Int[0, 2].SelectMany(first =>
            (first < 2 ? Gen.UInt[0, 39] : Gen.UInt[0, uint.MaxValue - 80]).SelectMany(second =>
                Gen.UInt.Array[0, 24].Select(tail => new Oid([(uint)first, second, .. tail]))));

    public static readonly Gen<OctetString> Octets = Gen.Byte.Array[0, 300].Select(b => new OctetString(b));

    public static readonly Gen<SnmpValue> Value = Gen.OneOf<SnmpValue>(
        Gen.Int.Select(v => (SnmpValue)new Integer32(v)),
        Octets.Select(v => (SnmpValue)v),
        Gen.Const((SnmpValue)Null.Instance),
        Oid.Select(v => (SnmpValue)new ObjectIdentifier(v)),
        Gen.Byte.Array[4].Select(v => (SnmpValue)new IpAddress(new IPAddress(v))),
        Gen.UInt.Select(v => (SnmpValue)new Counter32(v)),
        Gen.UInt.Select(v => (SnmpValue)new Gauge32(v)),
        Gen.UInt.Select(v => (SnmpValue)new TimeTicks(v)),
        Gen.Byte.Array[0, 40].Select(v => (SnmpValue)new Opaque(v)),
        Gen.ULong.Select(v => (SnmpValue)new Counter64(v)),
        Gen.Const((SnmpValue)NoSuchObject.Instance),
        Gen.Const((SnmpValue)NoSuchInstance.Instance),
        Gen.Const((SnmpValue)EndOfMibView.Instance));

    public static readonly Gen<VarBind> VarBind = Gen.Select(Oid, Value, (o, v) => new VarBind(o, v));

    public static readonly Gen<SnmpPdu> Pdu = Gen.OneOf(
        Gen.Select(
            Gen.OneOf(PduType.GetRequest, PduType.GetNextRequest, PduType.Response, PduType.SetRequest, PduType.GetBulkRequest, PduType.InformRequest, PduType.TrapV2, PduType.Report),
            Gen.Int,
            Gen.Int,
            Gen.Int,
            VarBind.Array[0, 12],
            (type, id, status, index, varBinds) => new SnmpPdu(type, id, (SnmpErrorStatus)status, index, varBinds)),
        Gen.Select(Oid, Gen.Byte.Array[4], Gen.Int, Gen.Int, Gen.UInt, VarBind.Array[0, 6], (enterprise, address, generic, specific, time, varBinds) =>
            new SnmpPdu(PduType.TrapV1, 0, SnmpErrorStatus.NoError, 0, varBinds)
            {
                TrapV1 = new TrapV1Fields(enterprise, new IPAddress(address), generic, specific, time),
            }));

    public static readonly Gen<SnmpMessage> CommunityMessage =
        Gen.Select(Gen.OneOf(SnmpMessageVersion.V1, SnmpMessageVersion.V2c), Gen.Byte.Array[0, 40], Pdu, (version, community, pdu) =>
            new SnmpMessage { Version = version, Community = new OctetString(community), Pdu = pdu });

    public static readonly Gen<UsmSecurityParameters> Usm =
        Gen.Select(Gen.Byte.Array[0, 32], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], Gen.Byte.Array[0, 32], Gen.Byte.Array[0, 48], Gen.Byte.Array[0, 8],
            (engine, boots, time, user, auth, priv) => new UsmSecurityParameters(new(engine), boots, time, new(user), new(auth), new(priv)));

    public static readonly Gen<SnmpMessage> V3Message =
        Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[484, int.MaxValue], Gen.Byte[0, 7], Usm, Gen.Bool, Gen.Select(Gen.Byte.Array[0, 32], Gen.Byte.Array[0, 32], Pdu), Gen.Byte.Array[1, 200],
            (id, max, flags, usm, encrypted, scope, cipher) =>
            {
                var message = new SnmpMessage
                {
                    Version = SnmpMessageVersion.V3,
                    Header = new SnmpV3Header(id, max, (MessageFlags)flags),
                    SecurityParameters = usm,
                };
                return encrypted
                    ? message with { EncryptedScopedPdu = new OctetString(cipher) }
                    : message with { ContextEngineId = new(scope.Item1), ContextName = new(scope.Item2), Pdu = scope.Item3 };
            });

    public static readonly Gen<SnmpMessage> Message = Gen.OneOf(CommunityMessage, V3Message);
}
