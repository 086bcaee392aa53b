using Provisioner.Cli.Options;
using Provisioner.Snmp.Client;
using Provisioner.Snmp.Types;

namespace Provisioner.Cli.Snmp;

/// <summary><c>provisioner snmp get</c>: one GetRequest for the given OIDs.</summary>
internal static class SnmpGetOperation
{
    /// <summary>Reads <paramref name="oids"/> and prints them.</summary>
    /// <param name="client">The SNMP client.</param>
    /// <param name="target">The agent.</param>
    /// <param name="oids">The instances to read.</param>
    /// <param name="format">Text or JSON.</param>
    /// <param name="output">Where results go (stdout).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(
        SnmpClient client, SnmpTarget target, IReadOnlyList<Oid> oids, OutputFormat format, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(target);
        var bindings = await client.GetAsync(target, oids, cancellationToken);
        await SnmpBindingsWriter.WriteAsync(output, format, target.Endpoint.ToString(), bindings);
        return ExitCodes.Ok;
    }
}
