using System.CommandLine;
using Provisioner.Cli.Snmp;

namespace Provisioner.Cli.Commands;

/// <summary><c>provisioner snmp set [options] AGENT OID TYPE VALUE...</c>: like net-snmp's snmpset.</summary>
internal static class SnmpSetCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">The shared options and runner.</param>
    /// <returns>The command.</returns>
    public static Command Create(SnmpCommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var triples = new Argument<string[]>("oid-type-value")
        {
            Description = $"OID TYPE VALUE triples; TYPE is one of {SnmpSetValueParser.TypeLetters} (as in snmpset).",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("set", "Write values with one SetRequest, all or none (like snmpset). Exit 0 on success, 1 when the agent fails, refuses or does not answer, 4 on a usage error.");
        context.Options.AddTo(command);
        command.Arguments.Add(triples);
        command.SetAction((parseResult, cancellationToken) => context.RunAsync(
            parseResult,
            (client, target, format, output, _, token) =>
                SnmpSetOperation.RunAsync(client, target, SnmpArguments.ParseSetTriples(parseResult.GetValue(triples) ?? []), format, output, token),
            cancellationToken));
        return command;
    }
}
