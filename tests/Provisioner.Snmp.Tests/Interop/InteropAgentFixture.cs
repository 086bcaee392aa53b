using System.Net;
using Provisioner.Snmp.Agent;

namespace Provisioner.Snmp.Tests.Interop;

/// <summary>
/// xunit class fixture: our agent on 127.0.0.1 and on [::1] (ephemeral ports), plus a private
/// directory for the net-snmp tools that talk to it.
/// </summary>
public sealed class InteropAgentFixture : IAsyncLifetime
{
    private SnmpAgent? v4;
    private SnmpAgent? v6;
    private string? directory;

    /// <summary>The agent on 127.0.0.1.</summary>
    internal SnmpAgent AgentV4 => v4 ?? throw new InvalidOperationException("The agent has not been started.");

    /// <summary>The agent on [::1].</summary>
    internal SnmpAgent AgentV6 => v6 ?? throw new InvalidOperationException("The agent has not been started.");

    /// <summary>The environment for net-snmp tools.</summary>
    internal NetSnmpEnvironment Environment => new(directory ?? throw new InvalidOperationException("Not initialised."));

    /// <inheritdoc/>
    public Task InitializeAsync()
    {
        directory = Directory.CreateTempSubdirectory("provisioner-agent-tools-").FullName;
        v4 = InteropAgent.Start(IPAddress.Loopback);
        v6 = InteropAgent.Start(IPAddress.IPv6Loopback);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        if (v4 is not null)
        {
            await v4.DisposeAsync();
        }

        if (v6 is not null)
        {
            await v6.DisposeAsync();
        }

        if (directory is not null)
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
