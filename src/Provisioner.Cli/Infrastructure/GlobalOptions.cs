using System.CommandLine;

namespace Provisioner.Cli.Infrastructure;

/// <summary>
/// The options every command accepts. <c>--log-file</c> and <c>--no-color</c> are recursive on the root
/// command. <c>--verbose</c> is put on every command; its short form <c>-v</c> everywhere except under
/// <c>snmp</c>, where <c>-v</c> is the SNMP version as in net-snmp's tools.
/// </summary>
internal sealed class GlobalOptions
{
    /// <summary>The command group under which <c>-v</c> means the SNMP version.</summary>
    public const string SnmpCommand = "snmp";

    /// <summary>Debug-level logging to standard error: <c>--verbose</c>/<c>-v</c>.</summary>
    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = VerboseDescription };

    /// <summary>The same under <c>snmp</c>, without the short form: <c>--verbose</c> only.</summary>
    public Option<bool> VerboseLongOnly { get; } = new("--verbose") { Description = VerboseDescription };

    /// <summary>Also write the log as compact JSON to a file.</summary>
    public Option<FileInfo?> LogFile { get; } = new("--log-file")
    {
        Description = "Also write the log to this file as compact JSON (one event per line), at debug level.",
        HelpName = "PATH",
        Recursive = true,
    };

    /// <summary>Plain output without colour or styling.</summary>
    public Option<bool> NoColor { get; } = new("--no-color")
    {
        Description = "Print without colour or styling (also when the NO_COLOR environment variable is set).",
        Recursive = true,
    };

    private const string VerboseDescription = "Log debug detail to standard error (what is read, resolved and sent).";

    /// <summary>True when either spelling of <c>--verbose</c> was given.</summary>
    /// <param name="parseResult">The parsed command line.</param>
    /// <returns>Whether to log at debug level.</returns>
    public bool IsVerbose(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        return parseResult.GetValue(Verbose) || parseResult.GetValue(VerboseLongOnly);
    }

    /// <summary>Adds the options to <paramref name="root"/> and <c>--verbose</c> to every command below it; call after adding the sub-commands.</summary>
    /// <param name="root">The root command.</param>
    public void AddTo(RootCommand root)
    {
        ArgumentNullException.ThrowIfNull(root);
        root.Add(LogFile);
        root.Add(NoColor);
        AddVerbose(root, underSnmp: false);
    }

    private void AddVerbose(Command command, bool underSnmp)
    {
        command.Add(underSnmp ? VerboseLongOnly : Verbose);
        foreach (var sub in command.Subcommands)
        {
            AddVerbose(sub, underSnmp || sub.Name == SnmpCommand);
        }
    }
}
