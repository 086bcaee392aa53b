using System.Net;
using System.Text;
using Provisioner.Snmp.Agent;
using Provisioner.Snmp.Security;
using Provisioner.Snmp.Types;

namespace Provisioner.Cli.Tests.Snmp;

/// <summary>Our SNMP agent on 127.0.0.1 (ephemeral port) for the end-to-end tests of <c>provisioner snmp</c>.</summary>
public sealed class SnmpCliAgentFixture : IAsyncLifetime
{
    /// <summary>The read-write community.</summary>
    public const string Community = "cli-rw";

    /// <summary>The v3 user's pass phrases.</summary>
    public const string AuthPassword = "cli-auth-pass";

    /// <summary>The v3 user's privacy pass phrase.</summary>
    public const string PrivPassword = "cli-priv-pass";

    /// <summary>The engine id the agent uses.</summary>
    public static byte[] EngineId { get; } = [0x80, 0x00, 0x1F, 0x88, 0x04, .. Encoding.ASCII.GetBytes("cli-tests")];

    private SnmpAgent? agent;

    /// <summary>The agent argument, e.g. <c>127.0.0.1:40123</c>.</summary>
    public string Address => $"127.0.0.1:{Agent.LocalEndpoint.Port}";

    internal SnmpAgent Agent => agent ?? throw new InvalidOperationException("Not started.");

    /// <inheritdoc/>
    public Task InitializeAsync()
    {
        var writable = new MibObjectOptions { Access = MibAccess.ReadWrite };
        var store = new MibStore()
            .AddScalar(Oid.Parse("1.3.6.1.2.1.1.1"), OctetString.FromString("Lab UPS card"))
            .AddScalar(Oid.Parse("1.3.6.1.2.1.1.2"), new ObjectIdentifier(Oid.Parse("1.3.6.1.4.1.318.1.3.27")))
            .AddScalar(Oid.Parse("1.3.6.1.2.1.1.3"), new TimeTicks(9006101))
            .AddScalar(Oid.Parse("1.3.6.1.2.1.1.4"), OctetString.FromString("ops@example.net"), writable)
            .AddScalar(Oid.Parse("1.3.6.1.2.1.1.5"), OctetString.FromString("ups-01"), writable)
            .AddScalar(Oid.Parse("1.3.6.1.2.1.1.6"), OctetString.FromString("rack 4"), writable)
            .AddScalar(Oid.Parse("1.3.6.1.2.1.1.7"), new Integer32(72))
            .AddScalar(Oid.Parse("1.3.6.1.2.1.2.1"), new Integer32(1));
        agent = SnmpAgent.Start(
            new SnmpAgentOptions
            {
                ReadWriteCommunities = [Community],
                Users = [new UsmUser("cli-user", AuthenticationProtocol.Sha256, AuthPassword, PrivacyProtocol.Aes256Cisco, PrivPassword)],
                EngineId = EngineId,
                Endpoint = new IPEndPoint(IPAddress.Loopback, 0),
            },
            store);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        if (agent is not null)
        {
            await agent.DisposeAsync();
        }
    }
}
