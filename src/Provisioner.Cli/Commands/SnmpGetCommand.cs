using System.CommandLine;
using Provisioner.Cli.Snmp;

namespace Provisioner.Cli.Commands;

/// <summary><c>provisioner snmp get [options] AGENT OID...</c>: like net-snmp's snmpget.</summary>
internal static class SnmpGetCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">The shared options and runner.</param>
    /// <returns>The command.</returns>
    public static Command Create(SnmpCommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var oids = new Argument<string[]>("oid") { Description = "Numeric OIDs to read, e.g. 1.3.6.1.2.1.1.5.0.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("get", "Read object instances with one GetRequest (like snmpget). Exit 0 on success, 1 when the agent fails or does not answer, 4 on a usage error.");
        context.Options.AddTo(command);
        command.Arguments.Add(oids);
        command.SetAction((parseResult, cancellationToken) => context.RunAsync(
            parseResult,
            (client, target, format, output, _, token) =>
                SnmpGetOperation.RunAsync(client, target, SnmpArguments.ParseOids(parseResult.GetValue(oids) ?? []), format, output, token),
            cancellationToken));
        return command;
    }
}
