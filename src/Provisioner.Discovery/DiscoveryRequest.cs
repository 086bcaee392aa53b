using Provisioner.Abstractions;

namespace Provisioner.Discovery;

/// <summary>What to probe and how: ranges, credentials, port, timeout and how many probes at once.</summary>
public sealed record DiscoveryRequest
{
    /// <summary>The ranges to probe; their hosts are probed once each, in order.</summary>
    public required IReadOnlyList<Ipv4Range> Ranges { get; init; }

    /// <summary>The credential set to probe with (its SNMP part).</summary>
    public required CredentialSet Credentials { get; init; }

    /// <summary>Resolves the set's secret references.</summary>
    public required ISecretResolver Secrets { get; init; }

    /// <summary>The SNMP port probed. Default 161.</summary>
    public int Port { get; init; } = 161;

    /// <summary>How long to wait for each address (no retry). Default 1 second.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The most probes in flight. Default 32.</summary>
    public int Parallel { get; init; } = 32;
}
