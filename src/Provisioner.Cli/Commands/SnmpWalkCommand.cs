using System.CommandLine;
using Provisioner.Cli.Snmp;

namespace Provisioner.Cli.Commands;

/// <summary><c>provisioner snmp walk [options] AGENT [OID]</c>: like net-snmp's snmpwalk/snmpbulkwalk.</summary>
internal static class SnmpWalkCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">The shared options and runner.</param>
    /// <returns>The command.</returns>
    public static Command Create(SnmpCommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var root = new Argument<string?>("oid") { Description = "The subtree to walk (default 1.3.6.1.2.1, mib-2).", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("walk", "Read every object under an OID: GetBulk for v2c/v3, GetNext for v1 (like snmpbulkwalk/snmpwalk). Exit 0 on success, 1 when the agent fails or does not answer, 4 on a usage error.");
        context.Options.AddTo(command);
        command.Arguments.Add(root);
        command.SetAction((parseResult, cancellationToken) => context.RunAsync(
            parseResult,
            (client, target, format, output, error, token) =>
            {
                var start = parseResult.GetValue(root) is { } text ? SnmpArguments.ParseOid(text) : SnmpWalkOperation.DefaultRoot;
                return SnmpWalkOperation.RunAsync(client, target, start, format, output, error, token);
            },
            cancellationToken));
        return command;
    }
}
