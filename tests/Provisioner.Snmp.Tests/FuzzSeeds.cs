using Provisioner.Snmp.Messages;
using Provisioner.Snmp.Pdus;
using Provisioner.Snmp.Security;
using Provisioner.Snmp.Security.Usm;
using Provisioner.Snmp.Types;

namespace Provisioner.Snmp.Tests;

/// <summary>Valid packets the fuzz tests mutate: the golden packets plus requests an agent would accept.</summary>
internal static class FuzzSeeds
{
    public static readonly byte[] EngineId = Convert.FromHexString("80001F8805AABBCCDDEEFF0011");

    public static readonly UsmUser[] Users =
    [
        new("plain"),
        new("auth", AuthenticationProtocol.Sha1, "auth-pass-1"),
        new("des", AuthenticationProtocol.Md5, "auth-pass-1", PrivacyProtocol.Des, "priv-pass-1"),
        new("aes", AuthenticationProtocol.Sha256, "auth-pass-1", PrivacyProtocol.Aes256, "priv-pass-1"),
    ];

    public static List<byte[]> Load()
    {
        var seeds = Directory.GetDirectories(Path.Combine(AppContext.BaseDirectory, "Messages", "Golden"))
            .Select(d => Convert.FromHexString(File.ReadAllText(Path.Combine(d, "packet.hex")).Trim()))
            .ToList();
        VarBind[] reads = [VarBind.ForRead(Oid.Parse("1.3.6.1.2.1.1.1.0")), VarBind.ForRead(Oid.Parse("1.3.6.1.2.1.1"))];
        VarBind[] writes = [new(Oid.Parse("1.3.6.1.2.1.1.5.0"), OctetString.FromString("fuzz")), new(Oid.Parse("1.3.6.1.2.1.1.4.0"), new Integer32(1))];
        SnmpPdu[] pdus =
        [
            new(PduType.GetRequest, 1, 0, 0, reads),
            new(PduType.GetNextRequest, 2, 0, 0, reads),
            SnmpPdu.GetBulk(3, 1, 5, reads),
            new(PduType.SetRequest, 4, 0, 0, writes),
        ];
        foreach (var pdu in pdus)
        {
            seeds.Add(SnmpMessageCodec.Encode(SnmpMessage.ForCommunity(SnmpMessageVersion.V2c, "private", pdu)));
            seeds.Add(SnmpMessageCodec.Encode(SnmpMessage.ForCommunity(SnmpMessageVersion.V1, "public", pdu)));
            foreach (var user in Users)
            {
                seeds.Add(V3Request(user, pdu));
            }
        }

        return seeds;
    }

    private static byte[] V3Request(UsmUser user, SnmpPdu pdu)
    {
        var level = user.SecurityLevel;
        var flags = MessageFlags.Reportable
            | (level >= SecurityLevel.AuthNoPriv ? MessageFlags.Auth : 0)
            | (level == SecurityLevel.AuthPriv ? MessageFlags.Priv : 0);
        var engine = new OctetString(EngineId);
        var message = new SnmpMessage
        {
            Version = SnmpMessageVersion.V3,
            Header = new SnmpV3Header(pdu.RequestId, 65507, flags),
            SecurityParameters = new UsmSecurityParameters(engine, 1, 0, OctetString.FromString(user.Name), OctetString.Empty, OctetString.Empty),
            ContextEngineId = engine,
            Pdu = pdu,
        };
        return UsmProcessor.Encode(message, level == SecurityLevel.NoAuthNoPriv ? null : UsmKeyCache.Localize(user, EngineId));
    }
}
