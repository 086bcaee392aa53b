using System.CommandLine;
using System.CommandLine.Parsing;

namespace Provisioner.Cli.Infrastructure;

/// <summary>The full spelling of a command as a user types it, e.g. <c>provisioner snmp get</c>.</summary>
internal static class CommandPath
{
    /// <summary>The program name.</summary>
    public const string Program = "provisioner";

    /// <summary>The path of the command <paramref name="result"/> parsed, from the program name down.</summary>
    /// <param name="result">The innermost command result.</param>
    /// <returns>E.g. <c>provisioner snmp get</c>; <c>provisioner</c> for the root command.</returns>
    public static string Of(CommandResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var names = new Stack<string>();
        for (SymbolResult? current = result; current is CommandResult command; current = command.Parent)
        {
            if (command.Command is not RootCommand)
            {
                names.Push(command.Command.Name);
            }
        }

        return names.Count == 0 ? Program : $"{Program} {string.Join(' ', names)}";
    }
}
