using System.CommandLine;
using Provisioner.Cli.Options;

namespace Provisioner.Cli.Snmp;

/// <summary>
/// The System.CommandLine options shared by <c>provisioner snmp get|set|walk|probe</c>, spelled as
/// net-snmp spells them (<c>-v -c -u -l -a -A -x -X -n -t -r</c>) with long names beside them.
/// </summary>
internal sealed class SnmpCommandOptions
{
    /// <summary><c>-v</c>.</summary>
    public Option<string?> Version { get; } = new("--snmp-version", "-v") { Description = "SNMP version: 1, 2c or 3 (default: 3 with -u, else 2c)." };

    /// <summary><c>-c</c>.</summary>
    public Option<string?> Community { get; } = new("--community", "-c") { Description = $"Community for v1/v2c (or set {SnmpSecretEnvironment.CommunityVariable})." };

    /// <summary><c>-u</c>.</summary>
    public Option<string?> User { get; } = new("--user", "-u") { Description = "SNMPv3 user name." };

    /// <summary><c>-l</c>.</summary>
    public Option<string?> Level { get; } = new("--level", "-l") { Description = $"SNMPv3 security level: {SnmpProtocolNames.LevelChoices} (default: from the pass phrases given)." };

    /// <summary><c>-a</c>.</summary>
    public Option<string?> AuthProtocol { get; } = new("--auth-protocol", "-a") { Description = $"SNMPv3 authentication protocol: {SnmpProtocolNames.AuthChoices}." };

    /// <summary><c>-A</c>.</summary>
    public Option<string?> AuthPassword { get; } = new("--auth-password", "-A") { Description = $"SNMPv3 authentication pass phrase (better: set {SnmpSecretEnvironment.AuthPasswordVariable})." };

    /// <summary><c>-x</c>.</summary>
    public Option<string?> PrivProtocol { get; } = new("--priv-protocol", "-x") { Description = $"SNMPv3 privacy protocol: {SnmpProtocolNames.PrivChoices}." };

    /// <summary><c>-X</c>.</summary>
    public Option<string?> PrivPassword { get; } = new("--priv-password", "-X") { Description = $"SNMPv3 privacy pass phrase (better: set {SnmpSecretEnvironment.PrivPasswordVariable})." };

    /// <summary><c>-n</c>.</summary>
    public Option<string?> Context { get; } = new("--context", "-n") { Description = "SNMPv3 context name (default: empty)." };

    /// <summary><c>-t</c>.</summary>
    public Option<double> Timeout { get; } = new("--timeout", "-t") { Description = "Seconds to wait for each attempt.", DefaultValueFactory = _ => 1 };

    /// <summary><c>-r</c>.</summary>
    public Option<int> Retries { get; } = new("--retries", "-r") { Description = "Resends after a timeout.", DefaultValueFactory = _ => 5 };

    /// <summary><c>--output</c>: table prints net-snmp style lines, json one document.</summary>
    public Option<OutputFormat> Output { get; } = SharedOptions.Output(OutputFormat.Table, OutputFormat.Json);

    /// <summary>The agent argument.</summary>
    public Argument<string> Agent { get; } = new("agent") { Description = "The agent: host, host:port, [IPv6]:port, udp:host:port or udp6:[IPv6]:port." };

    /// <summary>Adds the options and the agent argument to <paramref name="command"/>.</summary>
    /// <param name="command">A troubleshooting command.</param>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in new Option[] { Version, Community, User, Level, AuthProtocol, AuthPassword, PrivProtocol, PrivPassword, Context, Timeout, Retries, Output })
        {
            command.Options.Add(option);
        }

        command.Arguments.Add(Agent);
    }

    /// <summary>Reads the typed connection options from a parse result.</summary>
    /// <param name="parseResult">The parse result of one of the commands.</param>
    /// <returns>The options.</returns>
    public SnmpConnectionOptions Read(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        return new SnmpConnectionOptions
        {
            Agent = parseResult.GetValue(Agent) ?? string.Empty,
            Version = parseResult.GetValue(Version),
            Community = parseResult.GetValue(Community),
            User = parseResult.GetValue(User),
            Level = parseResult.GetValue(Level),
            AuthProtocol = parseResult.GetValue(AuthProtocol),
            AuthPassword = parseResult.GetValue(AuthPassword),
            PrivProtocol = parseResult.GetValue(PrivProtocol),
            PrivPassword = parseResult.GetValue(PrivPassword),
            Context = parseResult.GetValue(Context),
            TimeoutSeconds = parseResult.GetValue(Timeout),
            Retries = parseResult.GetValue(Retries),
        };
    }
}
