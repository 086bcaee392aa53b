using Provisioner.Snmp.Messages;
using Provisioner.Snmp.Pdus;
using Provisioner.Snmp.Security;
using Provisioner.Snmp.Security.Usm;
using Provisioner.Snmp.Types;

namespace Provisioner.Snmp.Tests.Security.Usm;

public sealed class UsmProcessorTests
{
    private static readonly byte[] EngineId = Convert.FromHexString("80001F8805CAFEBABE");
    private static readonly UsmUser User = new("ops", AuthenticationProtocol.Sha384, "auth-pass-1", PrivacyProtocol.Aes192Cisco, "priv-pass-1");

    [Fact]
    public void Encode_AuthPriv_AuthenticatesAndDecryptsBackToThePdu()
    {
        var localized = UsmKeyCache.Localize(User, EngineId);
        var pdu = new SnmpPdu(PduType.GetRequest, 77, 0, 0, [VarBind.ForRead(Oid.Parse("1.3.6.1.2.1.1.5.0"))]);

        var packet = UsmProcessor.Encode(Message(pdu), localized);
        var decoded = SnmpMessageCodec.Decode(packet, out var authOffset);

        Assert.Null(decoded.Pdu);
        Assert.Equal(32, decoded.SecurityParameters!.AuthenticationParameters.Length);
        Assert.Equal(8, decoded.SecurityParameters.PrivacyParameters.Length);
        Assert.Equal(authOffset, SnmpMessageCodec.LocateAuthenticationParameters(packet));
        Assert.True(UsmProcessor.Authenticate(packet, decoded, authOffset, localized));
        Assert.Equal(pdu, UsmProcessor.Decrypt(decoded, localized)!.Pdu);
    }

    [Fact]
    public void Authenticate_TamperedPacket_Fails()
    {
        var localized = UsmKeyCache.Localize(User, EngineId);
        var packet = UsmProcessor.Encode(Message(new SnmpPdu(PduType.GetRequest, 1, 0, 0, [])), localized);
        packet[^1] ^= 0x20;
        var decoded = SnmpMessageCodec.Decode(packet, out var authOffset);

        Assert.False(UsmProcessor.Authenticate(packet, decoded, authOffset, localized));
    }

    [Fact]
    public void Decrypt_WithAnotherUsersKey_ReturnsNull()
    {
        var localized = UsmKeyCache.Localize(User, EngineId);
        var other = UsmKeyCache.Localize(User with { PrivPassword = "priv-pass-2" }, EngineId);
        var packet = UsmProcessor.Encode(Message(new SnmpPdu(PduType.GetRequest, 1, 0, 0, [VarBind.ForRead(Oid.Parse("1.3.6.1"))])), localized);

        Assert.Null(UsmProcessor.Decrypt(SnmpMessageCodec.Decode(packet), other));
    }

    private static SnmpMessage Message(SnmpPdu pdu) => new()
    {
        Version = SnmpMessageVersion.V3,
        Header = new SnmpV3Header(pdu.RequestId, 65507, MessageFlags.Auth | MessageFlags.Priv | MessageFlags.Reportable),
        SecurityParameters = new UsmSecurityParameters(new OctetString(EngineId), 5, 1234, OctetString.FromString("ops"), OctetString.Empty, OctetString.Empty),
        ContextEngineId = new OctetString(EngineId),
        Pdu = pdu,
    };
}
