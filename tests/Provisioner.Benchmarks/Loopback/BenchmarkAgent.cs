using System.Net;
using Provisioner.Benchmarks.Codec;
using Provisioner.Snmp.Agent;
using Provisioner.Snmp.Security;
using Provisioner.Snmp.Types;

namespace Provisioner.Benchmarks.Loopback;

/// <summary>Our agent on an ephemeral loopback port, serving the typical bindings, with a v2c community and a v3 authPriv user.</summary>
public static class BenchmarkAgent
{
    /// <summary>The community.</summary>
    public const string Community = "bench";

    /// <summary>The v3 user (SHA-256 / AES-128).</summary>
    public static UsmUser User { get; } = new("bench", AuthenticationProtocol.Sha256, "bench-auth-pass", PrivacyProtocol.Aes128, "bench-priv-pass");

    /// <summary>Starts the agent on 127.0.0.1.</summary>
    /// <returns>The running agent.</returns>
    public static SnmpAgent Start()
    {
        var store = new MibStore();
        foreach (var binding in TypicalMessages.Bindings)
        {
            var arcs = binding.Oid.Arcs;
            store.AddScalar(new Oid(arcs[..^1]), binding.Value, new MibObjectOptions { Access = MibAccess.ReadWrite });
        }

        return SnmpAgent.Start(
            new SnmpAgentOptions
            {
                Endpoint = new IPEndPoint(IPAddress.Loopback, 0),
                ReadWriteCommunities = [Community],
                Users = [User],
                EngineId = TypicalMessages.EngineId,
            },
            store);
    }
}
