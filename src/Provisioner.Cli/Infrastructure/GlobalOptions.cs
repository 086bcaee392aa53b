using System.CommandLine;

namespace Provisioner.Cli.Infrastructure;

/// <summary>The options every command accepts (recursive on the root command).</summary>
internal sealed class GlobalOptions
{
    /// <summary>Debug-level logging to standard error.</summary>
    public Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Log debug detail to standard error (what is read, resolved and sent).",
        Recursive = true,
    };

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

    /// <summary>Adds the options to <paramref name="root"/>.</summary>
    /// <param name="root">The root command.</param>
    public void AddTo(RootCommand root)
    {
        root.Add(Verbose);
        root.Add(LogFile);
        root.Add(NoColor);
    }
}
