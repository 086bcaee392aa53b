using System.Text;
using Provisioner.Snmp.Messages;
using Provisioner.Snmp.Pdus;
using Provisioner.Snmp.Security;
using Provisioner.Snmp.Security.Usm;
using Provisioner.Snmp.Types;

namespace Provisioner.Snmp.Agent;

/// <summary>
/// Turns one request datagram into one response datagram (or nothing). It never throws for bad
/// input: malformed, unauthorised or unanswerable messages are counted and dropped, and v3 security
/// failures become Report PDUs as RFC 3414 §3.2 prescribes.
/// </summary>
internal sealed partial class AgentMessageHandler
{
    private const int HeaderAllowance = 96;

    private readonly SnmpAgentOptions _options;
    private readonly byte[][] _readOnlyCommunities;
    private readonly byte[][] _readWriteCommunities;
    private readonly Dictionary<string, (Lazy<LocalizedUser> User, bool CanWrite)> _users = new(StringComparer.Ordinal);
    private readonly long _startTimestamp;
    private readonly OctetString _engineId;

    public AgentMessageHandler(SnmpAgentOptions options, IMibStore store)
    {
        _options = options;
        Store = store;
        EngineId = options.EngineId ?? GenerateEngineId();
        _engineId = new OctetString(EngineId);
        _readOnlyCommunities = [.. options.ReadOnlyCommunities.Select(Encoding.UTF8.GetBytes)];
        _readWriteCommunities = [.. options.ReadWriteCommunities.Select(Encoding.UTF8.GetBytes)];
        // Keys are localised on first use: a process hosting thousands of agents must not pay for
        // every user of every agent at start-up.
        foreach (var user in options.ReadOnlyUsers)
        {
            _users[user.Name] = (new Lazy<LocalizedUser>(() => UsmKeyCache.Localize(user, EngineId)), false);
        }

        foreach (var user in options.Users)
        {
            _users[user.Name] = (new Lazy<LocalizedUser>(() => UsmKeyCache.Localize(user, EngineId)), true);
        }

        _startTimestamp = options.TimeProvider.GetTimestamp();
    }

    public byte[] EngineId { get; }

    /// <summary>Rewrites every response PDU before it is encoded (lab fault: an agent that answers wrongly); null for none.</summary>
    public Func<SnmpPdu, SnmpPdu>? ResponseFault { get; set; }

    public IMibStore Store { get; }

    public AgentCounters Counters { get; } = new();

    /// <summary>snmpEngineTime: seconds since the agent started.</summary>
    public int EngineTime => (int)Math.Min(int.MaxValue, _options.TimeProvider.GetElapsedTime(_startTimestamp).TotalSeconds);

    /// <summary>Handles one datagram; returns the response datagram or null to stay silent.</summary>
    public byte[]? Handle(ReadOnlySpan<byte> packet)
    {
        SnmpMessage message;
        int authOffset;
        try
        {
            message = SnmpMessageCodec.Decode(packet, out authOffset);
        }
        catch (SnmpDecodeException)
        {
            Counters.IncrementInvalidMessages();
            return null;
        }

        return message.Version == SnmpMessageVersion.V3 ? HandleV3(packet, message, authOffset) : HandleCommunity(message);
    }

    private static bool IsRequest(PduType type, SnmpMessageVersion version) =>
        type is PduType.GetRequest or PduType.GetNextRequest or PduType.SetRequest
        || (type == PduType.GetBulkRequest && version != SnmpMessageVersion.V1);

    private static byte[] GenerateEngineId()
    {
        // RFC 3411 SnmpEngineID format: enterprise 8072 (net-snmp) with the high bit set, format 5 (octets), 8 random octets.
        var id = new byte[13];
        id[0] = 0x80;
        id[1] = 0x00;
        id[2] = 0x1F;
        id[3] = 0x88;
        id[4] = 0x05;
        Random.Shared.NextBytes(id.AsSpan(5));
        return id;
    }

    private static bool Contains(byte[][] communities, ReadOnlySpan<byte> community)
    {
        foreach (var candidate in communities)
        {
            if (community.SequenceEqual(candidate))
            {
                return true;
            }
        }

        return false;
    }

    private byte[]? HandleCommunity(SnmpMessage message)
    {
        var pdu = message.Pdu!;
        if (!IsRequest(pdu.Type, message.Version))
        {
            return null;
        }

        var community = message.Community.AsSpan();
        var canWrite = Contains(_readWriteCommunities, community);
        if (!canWrite && !Contains(_readOnlyCommunities, community))
        {
            Counters.IncrementBadCommunityNames();
            return null;
        }

        var maxSize = _options.MaxMessageSize;
        var response = AgentPduProcessor.Process(Store, pdu, message.Version, canWrite, maxSize - HeaderAllowance - community.Length);
        response = ResponseFault?.Invoke(response) ?? response;
        var bytes = SnmpMessageCodec.Encode(message with { Pdu = response });
        if (bytes.Length > maxSize)
        {
            var tooBig = AgentPduProcessor.Error(pdu, SnmpErrorStatus.TooBig, 0);
            bytes = SnmpMessageCodec.Encode(message with { Pdu = message.Version == SnmpMessageVersion.V1 ? tooBig : tooBig with { VarBinds = [] } });
        }

        return bytes;
    }
}
