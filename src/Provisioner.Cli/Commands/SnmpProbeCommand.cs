using System.CommandLine;
using Provisioner.Cli.Snmp;

namespace Provisioner.Cli.Commands;

/// <summary><c>provisioner snmp probe [options] AGENT</c>: who is this agent, and does it accept these credentials.</summary>
internal static class SnmpProbeCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">The shared options and runner.</param>
    /// <returns>The command.</returns>
    public static Command Create(SnmpCommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = new Command("probe", "Report sysDescr, sysObjectID, sysName, sysUpTime and the engine id (v3: discovered). Exit 0 when the agent answers, 1 when it does not or refuses the credentials, 4 on a usage error.");
        context.Options.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => context.RunAsync(
            parseResult,
            async (client, target, format, output, _, token) =>
            {
                var result = await SnmpProbeOperation.ProbeAsync(client, target, token);
                await output.WriteAsync(SnmpProbeWriter.Format(result, format));
                return result.Error is null ? ExitCodes.Ok : ExitCodes.Failure;
            },
            cancellationToken));
        return command;
    }
}
