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

    /// <summary>The <c>--output</c>/<c>-o</c> option.</summary>
    /// <param name="formats">The formats the command supports; the first is the default.</param>
    /// <returns>A new option.</returns>
    public static Option<OutputFormat> Output(params OutputFormat[] formats)
    {
        var allowed = formats.Length == 0 ? [OutputFormat.Table, OutputFormat.Json, OutputFormat.Markdown] : formats;
        var names = string.Join("|", allowed.Select(f => f.ToString().ToLowerInvariant()));
        var option = new Option<OutputFormat>("--output", "-o")
        {
            Description = $"How to print the result: {names} (table for people, json for scripts, markdown for tickets).",
            HelpName = names,
            DefaultValueFactory = _ => allowed[0],
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<OutputFormat>() is var value && !allowed.Contains(value))
            {
                result.AddError($"--output {value.ToString().ToLowerInvariant()} is not supported by this command; use {names}.");
            }
        });
        return option;
    }

    /// <summary>The <c>--strict</c> option: warnings count as errors.</summary>
    /// <returns>A new option.</returns>
    public static Option<bool> Strict() => new("--strict")
    {
        Description = "Treat guideline warnings as errors (exit code 3 when there is any warning).",
    };
}
