using Provisioner.Snmp.Types;

namespace Provisioner.Snmp.Tests.Interop;

/// <summary>Asks net-snmp's snmpwalk which OIDs an agent's system group holds: the reference our walks are held to.</summary>
internal static class NetSnmpWalk
{
    /// <summary>Walks 1.3.6.1.2.1.1 with SNMPv2c and the read-only community.</summary>
    /// <param name="agent">The agent in net-snmp syntax, e.g. <c>udp:127.0.0.1:16100</c>.</param>
    /// <param name="environment">The environment the tool runs in.</param>
    /// <param name="cancellationToken">Cancels the tool.</param>
    /// <returns>The OIDs in the order snmpwalk printed them.</returns>
    public static async Task<IReadOnlyList<Oid>> SystemGroupAsync(string agent, NetSnmpEnvironment environment, CancellationToken cancellationToken)
    {
        var result = await ProcessRunner.RunAsync(
            NetSnmpBinaries.Tool("snmpwalk"),
            ["-m", string.Empty, "-On", "-v", "2c", "-c", InteropMatrix.ReadOnlyCommunity, agent, "1.3.6.1.2.1.1"],
            environment,
            cancellationToken);
        var oids = NetSnmpToolOutput.Parse(result.StandardOutput).Select(p => Oid.Parse(p.Oid)).ToList();
        return result.Succeeded && oids.Count >= 7
            ? oids
            : throw new InvalidOperationException("snmpwalk of the system group failed: " + result.Describe());
    }
}
