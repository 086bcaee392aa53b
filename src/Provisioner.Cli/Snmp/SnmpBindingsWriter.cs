using Provisioner.Cli.Options;
using Provisioner.Snmp.Types;

namespace Provisioner.Cli.Snmp;

/// <summary>Writes the bindings of a get, set or walk in the chosen format.</summary>
internal static class SnmpBindingsWriter
{
    /// <summary>Writes <paramref name="bindings"/> as net-snmp lines or one JSON document.</summary>
    /// <param name="output">Where to write (stdout).</param>
    /// <param name="format">Text or JSON.</param>
    /// <param name="agent">The agent, for the JSON document.</param>
    /// <param name="bindings">The bindings.</param>
    /// <returns>A task that completes when written.</returns>
    public static async Task WriteAsync(TextWriter output, OutputFormat format, string agent, IReadOnlyList<VarBind> bindings)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(bindings);
        if (format == OutputFormat.Json)
        {
            await output.WriteLineAsync(SnmpJsonFormatter.FormatBindings(agent, bindings));
            return;
        }

        foreach (var binding in bindings)
        {
            await output.WriteLineAsync(SnmpValueFormatter.FormatLine(binding));
        }
    }
}
