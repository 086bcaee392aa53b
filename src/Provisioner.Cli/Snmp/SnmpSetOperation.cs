using Provisioner.Cli.Options;
using Provisioner.Snmp.Client;
using Provisioner.Snmp.Types;

namespace Provisioner.Cli.Snmp;

/// <summary><c>provisioner snmp set</c>: one SetRequest with every binding (the agent applies all or none).</summary>
internal static class SnmpSetOperation
{
    /// <summary>Writes <paramref name="bindings"/> and prints what the agent answered.</summary>
    /// <param name="client">The SNMP client.</param>
    /// <param name="target">The agent.</param>
    /// <param name="bindings">The instances and new values.</param>
    /// <param name="format">Text or JSON.</param>
    /// <param name="output">Where results go (stdout).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(
        SnmpClient client, SnmpTarget target, IReadOnlyList<VarBind> bindings, OutputFormat format, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(target);
        var answered = await client.SetAsync(target, bindings, cancellationToken);
        await SnmpBindingsWriter.WriteAsync(output, format, target.Endpoint.ToString(), answered);
        return ExitCodes.Ok;
    }
}
