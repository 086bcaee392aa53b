using System.Text;
using Provisioner.Snmp.Messages;
using Provisioner.Snmp.Pdus;
using Provisioner.Snmp.Security;
using Provisioner.Snmp.Security.Usm;
using Provisioner.Snmp.Types;

namespace Provisioner.Snmp.Agent;

/// <summary>SNMPv3 incoming processing as the authoritative engine (RFC 3414 §3.2).</summary>
internal sealed partial class AgentMessageHandler
{
    private byte[]? HandleV3(ReadOnlySpan<byte> packet, SnmpMessage message, int authOffset)
    {
        var header = message.Header!;
        var parameters = message.SecurityParameters!;
        var flags = header.Flags;
        if (header.SecurityModel != SnmpV3Header.UserBasedSecurityModel
            || ((flags & MessageFlags.Priv) != 0 && (flags & MessageFlags.Auth) == 0)
            || ((flags & MessageFlags.Priv) == 0 && message.Pdu is null))
        {
            Counters.IncrementInvalidMessages();
            return null;
        }

        // Step 3: the engine ID must be ours (an empty one is the discovery probe).
        if (!parameters.EngineId.AsSpan().SequenceEqual(EngineId))
        {
            return Report(message, UsmStatsOids.UnknownEngineIds, Counters.IncrementUnknownEngineIds(), null);
        }

        // Step 4: the user must be known.
        var name = Encoding.UTF8.GetString(parameters.UserName.AsSpan());
        if (!_users.TryGetValue(name, out var entry))
        {
            return Report(message, UsmStatsOids.UnknownUserNames, Counters.IncrementUnknownUserNames(), null);
        }

        // Step 5: the user must support the requested level.
        var level = (flags & MessageFlags.Priv) != 0 ? SecurityLevel.AuthPriv
            : (flags & MessageFlags.Auth) != 0 ? SecurityLevel.AuthNoPriv : SecurityLevel.NoAuthNoPriv;
        var user = entry.User.Value;
        if (level > user.Level)
        {
            return Report(message, UsmStatsOids.UnsupportedSecLevels, Counters.IncrementUnsupportedSecLevels(), null);
        }

        if (level >= SecurityLevel.AuthNoPriv)
        {
            // Step 6: the digest.
            if (!UsmProcessor.Authenticate(packet, message, authOffset, user))
            {
                return Report(message, UsmStatsOids.WrongDigests, Counters.IncrementWrongDigests(), null);
            }

            // Step 7a: the time window of the authoritative engine; this report is authenticated.
            var time = EngineTime;
            if (TimeWindow.IsOutsideAuthoritative(parameters.EngineBoots, parameters.EngineTime, _options.EngineBoots, time))
            {
                return Report(message, UsmStatsOids.NotInTimeWindows, Counters.IncrementNotInTimeWindows(), user);
            }
        }

        if (level == SecurityLevel.AuthPriv)
        {
            // Step 8: decryption.
            var decrypted = UsmProcessor.Decrypt(message, user);
            if (decrypted is null)
            {
                return Report(message, UsmStatsOids.DecryptionErrors, Counters.IncrementDecryptionErrors(), null);
            }

            message = decrypted;
        }

        if (message.Pdu is not { } pdu || !IsRequest(pdu.Type, SnmpMessageVersion.V3))
        {
            return null;
        }

        var maxSize = Math.Min(header.MaxSize, _options.MaxMessageSize);
        var response = level < user.Level
            ? AgentPduProcessor.Error(pdu, SnmpErrorStatus.AuthorizationError, 0)
            : AgentPduProcessor.Process(Store, pdu, SnmpMessageVersion.V3, entry.CanWrite, maxSize - HeaderAllowance - parameters.UserName.Length - EngineId.Length - 64);
        response = ResponseFault?.Invoke(response) ?? response;
        var bytes = EncodeV3(message, response, flags & (MessageFlags.Auth | MessageFlags.Priv), parameters.UserName, user);
        if (bytes.Length > maxSize)
        {
            var tooBig = AgentPduProcessor.Error(pdu, SnmpErrorStatus.TooBig, 0) with { VarBinds = [] };
            bytes = EncodeV3(message, tooBig, flags & (MessageFlags.Auth | MessageFlags.Priv), parameters.UserName, user);
        }

        return bytes;
    }

    private byte[]? Report(SnmpMessage request, Oid counter, long count, LocalizedUser? authenticatedAs)
    {
        if ((request.Header!.Flags & MessageFlags.Reportable) == 0)
        {
            return null;
        }

        var report = new SnmpPdu(PduType.Report, request.Pdu?.RequestId ?? 0, SnmpErrorStatus.NoError, 0, [new VarBind(counter, new Counter32((uint)count))]);
        var flags = authenticatedAs is null ? MessageFlags.None : MessageFlags.Auth;
        var userName = authenticatedAs is null ? request.SecurityParameters!.UserName : OctetString.FromString(authenticatedAs.User.Name);
        return EncodeV3(request with { ContextName = OctetString.Empty }, report, flags, userName, authenticatedAs);
    }

    private byte[] EncodeV3(SnmpMessage request, SnmpPdu pdu, MessageFlags flags, OctetString userName, LocalizedUser? user)
    {
        var message = new SnmpMessage
        {
            Version = SnmpMessageVersion.V3,
            Header = new SnmpV3Header(request.Header!.MessageId, _options.MaxMessageSize, flags),
            SecurityParameters = new UsmSecurityParameters(_engineId, _options.EngineBoots, EngineTime, userName, OctetString.Empty, OctetString.Empty),
            ContextEngineId = _engineId,
            ContextName = request.ContextName,
            Pdu = pdu,
        };
        return UsmProcessor.Encode(message, (flags & MessageFlags.Auth) != 0 ? user : null);
    }
}
