using System.Net;
using Provisioner.Snmp.Security;

namespace Provisioner.Snmp.Agent;

/// <summary>Settings of an <see cref="SnmpAgent"/>.</summary>
public sealed class SnmpAgentOptions
{
    /// <summary>The UDP endpoint to bind; port 0 picks a free port (see <see cref="SnmpAgent.LocalEndpoint"/>).</summary>
    public IPEndPoint Endpoint { get; init; } = new(IPAddress.Loopback, 0);

    /// <summary>Communities (v1/v2c) that may only read.</summary>
    public IReadOnlyList<string> ReadOnlyCommunities { get; init; } = [];

    /// <summary>Communities (v1/v2c) that may read and write.</summary>
    public IReadOnlyList<string> ReadWriteCommunities { get; init; } = [];

    /// <summary>SNMPv3 users that may read and write, each at the security level its protocols give.</summary>
    public IReadOnlyList<UsmUser> Users { get; init; } = [];

    /// <summary>SNMPv3 users that may only read.</summary>
    public IReadOnlyList<UsmUser> ReadOnlyUsers { get; init; } = [];

    /// <summary>snmpEngineID; a random RFC 3411 format-5 ID under the net-snmp enterprise when null.</summary>
    public byte[]? EngineId { get; init; }

    /// <summary>snmpEngineBoots. Default 1.</summary>
    public int EngineBoots { get; init; } = 1;

    /// <summary>The clock for snmpEngineTime and response delays. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>The random source for <see cref="SnmpAgent.DropRate"/>. Default <see cref="Random.Shared"/>.</summary>
    public Random Random { get; init; } = Random.Shared;

    /// <summary>The kernel receive and send buffer size of the socket, in bytes; 0 keeps the OS default. Default 1 MiB. Memory is used only by queued datagrams.</summary>
    public int SocketBufferSize { get; init; } = 1024 * 1024;

    /// <summary>Checks the options and explains what to fix.</summary>
    /// <exception cref="ArgumentException">An option is out of range, or a user is unusable.</exception>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Endpoint);
        if (MaxMessageSize is < 484 or > 65507)
        {
            throw new ArgumentException("SNMP agent: MaxMessageSize must be between 484 and 65507 (RFC 3417 §3.2).", nameof(MaxMessageSize));
        }

        if (EngineId is { Length: < 5 or > 32 })
        {
            throw new ArgumentException("SNMP agent: an engine ID has 5 to 32 octets (RFC 3411 SnmpEngineID).", nameof(EngineId));
        }

        if (EngineBoots < 0)
        {
            throw new ArgumentException("SNMP agent: EngineBoots cannot be negative.", nameof(EngineBoots));
        }

        foreach (var user in Users.Concat(ReadOnlyUsers))
        {
            user.Validate();
        }

        var duplicate = Users.Concat(ReadOnlyUsers).GroupBy(u => u.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"SNMP agent: the user '{duplicate.Key}' is configured twice.", nameof(Users));
        }
    }

    /// <summary>The largest request datagram accepted and the largest response sent. Default 8192; keep it small when hosting thousands of agents.</summary>
    public int MaxMessageSize { get; init; } = 8192;
}
