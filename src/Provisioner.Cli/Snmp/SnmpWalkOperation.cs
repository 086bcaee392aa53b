using Provisioner.Cli.Options;
using Provisioner.Snmp.Client;
using Provisioner.Snmp.Messages;
using Provisioner.Snmp.Types;

namespace Provisioner.Cli.Snmp;

/// <summary>
/// <c>provisioner snmp walk</c>: every object under a root (GetBulk for v2c/v3, GetNext for v1). As
/// net-snmp does, text output ends with the endOfMibView line when the agent's view ends inside the subtree.
/// </summary>
internal static class SnmpWalkOperation
{
    /// <summary>The root walked when none is given: mib-2, as net-snmp's snmpwalk does.</summary>
    public static Oid DefaultRoot { get; } = Oid.Parse("1.3.6.1.2.1");

    /// <summary>Walks <paramref name="root"/> and prints each binding (text output streams as it goes).</summary>
    /// <param name="client">The SNMP client.</param>
    /// <param name="target">The agent.</param>
    /// <param name="root">The subtree root.</param>
    /// <param name="format">Text or JSON.</param>
    /// <param name="output">Where results go (stdout).</param>
    /// <param name="error">Where the empty-subtree note goes (stderr).</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(
        SnmpClient client,
        SnmpTarget target,
        Oid root,
        OutputFormat format,
        TextWriter output,
        TextWriter error,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var collected = new List<VarBind>();
        await foreach (var binding in client.WalkAsync(target, root, cancellationToken))
        {
            if (format == OutputFormat.Table)
            {
                await output.WriteLineAsync(SnmpValueFormatter.FormatLine(binding));
            }

            collected.Add(binding);
        }

        if (format == OutputFormat.Json)
        {
            await SnmpBindingsWriter.WriteAsync(output, format, target.Endpoint.ToString(), collected);
        }
        else if (collected.Count == 0)
        {
            await error.WriteLineAsync($".{root} = No objects under this OID on this agent");
        }
        else if (target.Version != SnmpMessageVersion.V1
            && (await client.GetNextAsync(target, [collected[^1].Oid], cancellationToken)) is [{ Value: EndOfMibView } end])
        {
            // The agent's MIB view ends inside the subtree: net-snmp prints the endOfMibView binding, so do we.
            await output.WriteLineAsync(SnmpValueFormatter.FormatLine(end));
        }

        return ExitCodes.Ok;
    }
}
