using Provisioner.Snmp.Ber;
using Provisioner.Snmp.Pdus;
using Provisioner.Snmp.Types;

namespace Provisioner.Snmp.Messages;

/// <summary>
/// Encodes and decodes whole SNMP messages of every version. Decoding throws only
/// <see cref="SnmpDecodeException"/>; it does not verify or decrypt v3 messages (see the USM layer).
/// </summary>
public static class SnmpMessageCodec
{
    private const byte Sequence = 0x30;

    [ThreadStatic]
    private static SnmpBerWriter? t_writer;

    /// <summary>Encodes <paramref name="message"/> to a new array.</summary>
    /// <param name="message">The message; a v3 message carries either <see cref="SnmpMessage.Pdu"/> or <see cref="SnmpMessage.EncryptedScopedPdu"/>.</param>
    /// <returns>The BER encoding.</returns>
    /// <exception cref="ArgumentException">The message lacks a field its version needs.</exception>
    public static byte[] Encode(SnmpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var writer = RentWriter();
        Write(writer, message);
        return writer.ToArray();
    }

    /// <summary>Decodes one message.</summary>
    /// <param name="packet">The datagram.</param>
    /// <returns>The message; for v3 authPriv, <see cref="SnmpMessage.Pdu"/> is null.</returns>
    /// <exception cref="SnmpDecodeException">The bytes are not a well-formed SNMP message.</exception>
    public static SnmpMessage Decode(ReadOnlySpan<byte> packet) => Decode(packet, out _);

    /// <summary>Decodes one message and reports where msgAuthenticationParameters sits (v3), or -1.</summary>
    internal static SnmpMessage Decode(ReadOnlySpan<byte> packet, out int authParametersOffset)
    {
        authParametersOffset = -1;
        var reader = new SnmpBerReader(packet);
        var message = reader.ReadConstructed(Sequence);
        var version = message.ReadInt32();
        switch (version)
        {
            case (int)SnmpMessageVersion.V1:
            case (int)SnmpMessageVersion.V2c:
                var community = message.ReadOctetString();
                var pdu = PduCodec.Read(ref message);
                message.EnsureEnd("message");
                return new SnmpMessage
                {
                    Version = (SnmpMessageVersion)version,
                    Community = OctetString.FromOwned(community.ToArray()),
                    Pdu = pdu,
                };
            case (int)SnmpMessageVersion.V3:
                return DecodeV3(ref message, out authParametersOffset);
            default:
                throw new SnmpDecodeException($"Unsupported SNMP version {version}", 0);
        }
    }

    /// <summary>
    /// Finds the content offset of msgAuthenticationParameters in an encoded v3 message without
    /// decoding the rest (used to sign outgoing messages); -1 when absent or empty.
    /// </summary>
    internal static int LocateAuthenticationParameters(ReadOnlySpan<byte> packet)
    {
        var reader = new SnmpBerReader(packet);
        var message = reader.ReadConstructed(Sequence);
        message.ReadInt32();
        message.ReadConstructed(Sequence);
        var security = message.ReadTlv((byte)SnmpTag.OctetString, out var securityOffset);
        var usm = new SnmpBerReader(security, securityOffset).ReadConstructed(Sequence);
        usm.ReadTlv((byte)SnmpTag.OctetString, out _);
        usm.ReadInt32();
        usm.ReadInt32();
        usm.ReadTlv((byte)SnmpTag.OctetString, out _);
        var auth = usm.ReadTlv((byte)SnmpTag.OctetString, out var authOffset);
        return auth.IsEmpty ? -1 : authOffset;
    }

    /// <summary>Decodes a plaintext ScopedPDU; bytes after it (cipher padding) are ignored.</summary>
    internal static (OctetString ContextEngineId, OctetString ContextName, SnmpPdu Pdu) DecodeScopedPdu(ReadOnlySpan<byte> data, int baseOffset)
    {
        var reader = new SnmpBerReader(data, baseOffset);
        var scoped = reader.ReadConstructed(Sequence);
        var engineId = OctetString.FromOwned(scoped.ReadOctetString().ToArray());
        var name = OctetString.FromOwned(scoped.ReadOctetString().ToArray());
        var pdu = PduCodec.Read(ref scoped);
        scoped.EnsureEnd("scoped PDU");
        return (engineId, name, pdu);
    }

    /// <summary>Encodes a ScopedPDU (the plaintext that authPriv encrypts).</summary>
    internal static byte[] EncodeScopedPdu(OctetString contextEngineId, OctetString contextName, SnmpPdu pdu)
    {
        var writer = RentWriter();
        WriteScopedPdu(writer, contextEngineId, contextName, pdu);
        return writer.ToArray();
    }

    private static SnmpMessage DecodeV3(ref SnmpBerReader message, out int authParametersOffset)
    {
        var headerReader = message.ReadConstructed(Sequence);
        var messageId = headerReader.ReadInt32();
        var maxSize = headerReader.ReadInt32();
        var flagsOffset = headerReader.Offset;
        var flags = headerReader.ReadOctetString();
        if (flags.Length != 1)
        {
            throw new SnmpDecodeException("msgFlags must be exactly one octet", flagsOffset);
        }

        var securityModel = headerReader.ReadInt32();
        headerReader.EnsureEnd("msgGlobalData");
        if (messageId < 0 || maxSize < 484)
        {
            throw new SnmpDecodeException("msgID must be non-negative and msgMaxSize at least 484", flagsOffset);
        }

        var header = new SnmpV3Header(messageId, maxSize, (MessageFlags)flags[0], securityModel);
        var securityBytes = message.ReadTlv((byte)SnmpTag.OctetString, out var securityOffset);
        var usm = new SnmpBerReader(securityBytes, securityOffset).ReadConstructed(Sequence);
        var engineId = OctetString.FromOwned(usm.ReadOctetString().ToArray());
        var boots = usm.ReadInt32();
        var time = usm.ReadInt32();
        var user = OctetString.FromOwned(usm.ReadOctetString().ToArray());
        var auth = usm.ReadTlv((byte)SnmpTag.OctetString, out authParametersOffset);
        var authParameters = OctetString.FromOwned(auth.ToArray());
        var privParameters = OctetString.FromOwned(usm.ReadOctetString().ToArray());
        usm.EnsureEnd("USM security parameters");
        var parameters = new UsmSecurityParameters(engineId, boots, time, user, authParameters, privParameters);
        if (auth.IsEmpty)
        {
            authParametersOffset = -1;
        }

        var result = new SnmpMessage { Version = SnmpMessageVersion.V3, Header = header, SecurityParameters = parameters };
        if (message.PeekTag() == (byte)SnmpTag.OctetString)
        {
            var encrypted = message.ReadOctetString();
            message.EnsureEnd("message");
            return result with { EncryptedScopedPdu = OctetString.FromOwned(encrypted.ToArray()) };
        }

        var scoped = message.ReadConstructed(Sequence);
        var contextEngineId = OctetString.FromOwned(scoped.ReadOctetString().ToArray());
        var contextName = OctetString.FromOwned(scoped.ReadOctetString().ToArray());
        var pdu = PduCodec.Read(ref scoped);
        scoped.EnsureEnd("scoped PDU");
        message.EnsureEnd("message");
        return result with { ContextEngineId = contextEngineId, ContextName = contextName, Pdu = pdu };
    }

    private static void Write(SnmpBerWriter writer, SnmpMessage message)
    {
        writer.PushConstructed(Sequence);
        writer.WriteInteger((int)message.Version);
        if (message.Version != SnmpMessageVersion.V3)
        {
            var pdu = message.Pdu ?? throw new ArgumentException("A v1/v2c message needs a PDU.", nameof(message));
            writer.WriteOctetString(message.Community.AsSpan());
            PduCodec.Write(writer, pdu);
            writer.PopConstructed(Sequence);
            return;
        }

        var header = message.Header ?? throw new ArgumentException("A v3 message needs a header.", nameof(message));
        var usm = message.SecurityParameters ?? UsmSecurityParameters.Empty;
        writer.PushConstructed(Sequence);
        writer.WriteInteger(header.MessageId);
        writer.WriteInteger(header.MaxSize);
        writer.WriteOctetString([(byte)header.Flags]);
        writer.WriteInteger(header.SecurityModel);
        writer.PopConstructed(Sequence);

        writer.PushOctetString();
        writer.PushConstructed(Sequence);
        writer.WriteOctetString(usm.EngineId.AsSpan());
        writer.WriteInteger(usm.EngineBoots);
        writer.WriteInteger(usm.EngineTime);
        writer.WriteOctetString(usm.UserName.AsSpan());
        writer.WriteOctetString(usm.AuthenticationParameters.AsSpan());
        writer.WriteOctetString(usm.PrivacyParameters.AsSpan());
        writer.PopConstructed(Sequence);
        writer.PopOctetString();

        if (message.EncryptedScopedPdu is { } encrypted)
        {
            writer.WriteOctetString(encrypted.AsSpan());
        }
        else
        {
            var pdu = message.Pdu ?? throw new ArgumentException("A v3 message needs a PDU or an encrypted scoped PDU.", nameof(message));
            WriteScopedPdu(writer, message.ContextEngineId, message.ContextName, pdu);
        }

        writer.PopConstructed(Sequence);
    }

    private static void WriteScopedPdu(SnmpBerWriter writer, OctetString contextEngineId, OctetString contextName, SnmpPdu pdu)
    {
        writer.PushConstructed(Sequence);
        writer.WriteOctetString(contextEngineId.AsSpan());
        writer.WriteOctetString(contextName.AsSpan());
        PduCodec.Write(writer, pdu);
        writer.PopConstructed(Sequence);
    }

    private static SnmpBerWriter RentWriter()
    {
        var writer = t_writer ??= new SnmpBerWriter();
        writer.Reset();
        return writer;
    }
}
