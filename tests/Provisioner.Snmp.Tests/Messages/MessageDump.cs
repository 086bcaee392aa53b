using System.Text;
using Provisioner.Snmp.Messages;
using Provisioner.Snmp.Pdus;

namespace Provisioner.Snmp.Tests.Messages;

/// <summary>A plain-text rendering of a decoded message, compared with the golden expected.txt files.</summary>
internal static class MessageDump
{
    public static string Render(SnmpMessage message)
    {
        var text = new StringBuilder();
        text.Append("version: ").Append(message.Version).Append('\n');
        if (message.Version != SnmpMessageVersion.V3)
        {
            text.Append("community: ").Append(message.Community).Append('\n');
        }
        else
        {
            var h = message.Header!;
            var u = message.SecurityParameters!;
            text.Append($"header: msg-id={h.MessageId} max-size={h.MaxSize} flags={h.Flags} security-model={h.SecurityModel}\n");
            text.Append($"usm: engine-id={u.EngineId.ToHex()} boots={u.EngineBoots} time={u.EngineTime} user={u.UserName} auth={u.AuthenticationParameters.ToHex()} priv={u.PrivacyParameters.ToHex()}\n");
            if (message.EncryptedScopedPdu is { } encrypted)
            {
                text.Append("encrypted: ").Append(encrypted.ToHex()).Append('\n');
                return text.ToString();
            }

            text.Append($"context: engine-id={message.ContextEngineId.ToHex()} name={message.ContextName}\n");
        }

        var pdu = message.Pdu!;
        text.Append(pdu.Type switch
        {
            PduType.TrapV1 => $"pdu: TrapV1 enterprise={pdu.TrapV1!.Enterprise} agent-address={pdu.TrapV1.AgentAddress} generic={pdu.TrapV1.GenericTrap} specific={pdu.TrapV1.SpecificTrap} timestamp={pdu.TrapV1.Timestamp}",
            PduType.GetBulkRequest => $"pdu: GetBulkRequest request-id={pdu.RequestId} non-repeaters={pdu.NonRepeaters} max-repetitions={pdu.MaxRepetitions}",
            _ => $"pdu: {pdu.Type} request-id={pdu.RequestId} error-status={pdu.ErrorStatus} error-index={pdu.ErrorIndex}",
        }).Append('\n');
        foreach (var varBind in pdu.VarBinds)
        {
            text.Append(varBind).Append('\n');
        }

        return text.ToString();
    }
}
