using System.CommandLine;

namespace Provisioner.Cli.Options;

/// <summary>Factories for the options and arguments several commands share, so that they read the same everywhere.</summary>
internal static class SharedOptions
{
    /// <summary>The <c>INVENTORY</c> argument: a YAML file or a directory of them.</summary>
    /// <returns>A new argument.</returns>
    public static Argument<string> Inventory() => new("INVENTORY")
    {
        Description = "The inventory: a YAML file, or a directory of YAML files (e.g. org.yaml and sites/*.yaml).",
    };

    /// <summary>
    /// The <c>--output</c>/<c>-o</c> option, accepting exactly <paramref name="formats"/> (case-insensitive);
    /// any other value is a usage error naming the accepted ones. Help lists exactly those.
    /// </summary>
    /// <param name="formats">The formats the command supports; the first is the default.</param>
    /// <returns>A new option.</returns>
    public static Option<OutputFormat> Output(params OutputFormat[] formats)
    {
        OutputFormat[] allowed = formats.Length == 0 ? [OutputFormat.Table, OutputFormat.Json, OutputFormat.Markdown] : formats;
        var names = string.Join("|", allowed.Select(Name));
        var option = new Option<OutputFormat>("--output", "-o")
        {
            Description = $"How to print the result: {string.Join(", ", allowed.Select(Purpose))}.",
            HelpName = names,
            DefaultValueFactory = _ => allowed[0],
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
                var match = allowed.Where(f => string.Equals(Name(f), text, StringComparison.OrdinalIgnoreCase)).ToList();
                if (match.Count == 1)
                {
                    return match[0];
                }

                result.AddError($"--output {text}: this command does not print that; use one of {string.Join(", ", allowed.Select(Name))}.");
                return allowed[0];
            },
        };
        option.CompletionSources.Add([.. allowed.Select(Name)]);
        return option;
    }

    /// <summary>The name of <paramref name="format"/> on the command line, e.g. <c>markdown</c>.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The lower-case name.</returns>
    public static string Name(OutputFormat format) => format.ToString().ToLowerInvariant();

    private static string Purpose(OutputFormat format) => format switch
    {
        OutputFormat.Json => "json for scripts",
        OutputFormat.Markdown => "markdown for tickets",
        OutputFormat.Junit => "junit for CI servers",
        _ => "table for people",
    };

    /// <summary>The <c>--strict</c> option: warnings count as errors.</summary>
    /// <returns>A new option.</returns>
    public static Option<bool> Strict() => new("--strict")
    {
        Description = "Treat guideline warnings as errors (exit code 3 when there is any warning).",
    };
}
