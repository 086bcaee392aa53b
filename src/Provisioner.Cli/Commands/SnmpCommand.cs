using System.CommandLine;
using Provisioner.Cli.Infrastructure;
using Provisioner.Cli.Snmp;

namespace Provisioner.Cli.Commands;

/// <summary><c>provisioner snmp</c>: net-snmp-like troubleshooting commands (get, set, walk, probe).</summary>
internal static class SnmpCommand
{
    /// <summary>Creates the command group.</summary>
    /// <param name="services">The shared services.</param>
    /// <returns>The <c>snmp</c> command with its subcommands.</returns>
    public static Command Create(CliServices services)
    {
        var context = new SnmpCommandContext(services, new SnmpCommandOptions());
        var command = new Command(
            "snmp",
            "Talk SNMP to one agent the way net-snmp's tools do, for troubleshooting: get, set, walk, probe. "
            + $"Secrets may come from {SnmpSecretEnvironment.CommunityVariable}, {SnmpSecretEnvironment.AuthPasswordVariable} and {SnmpSecretEnvironment.PrivPasswordVariable}.");
        command.Subcommands.Add(SnmpGetCommand.Create(context));
        command.Subcommands.Add(SnmpSetCommand.Create(context));
        command.Subcommands.Add(SnmpWalkCommand.Create(context));
        command.Subcommands.Add(SnmpProbeCommand.Create(context));
        return command;
    }
}
