using System.CommandLine;
using Provisioner.Cli.Infrastructure;

namespace Provisioner.Cli.Options;

/// <summary>
/// The <c>--lab [FILE|auto]</c> option of the commands that contact devices: aim at a running lab instead of
/// the real devices. A value that is an unknown option or a directory is refused rather than swallowed as a map.
/// </summary>
internal sealed class LabOption
{
    /// <summary>Creates the option.</summary>
    public LabOption()
    {
        Option.Validators.Add(result =>
        {
            if (result.Tokens.Count == 0)
            {
                return;
            }

            var value = result.Tokens[0].Value;
            if (value.StartsWith('-'))
            {
                var command = (System.CommandLine.Parsing.CommandResult)result.Parent!;
                var suggestion = UsageErrors.SuggestOption(command, value) is { } s ? $" Did you mean '{s}'?" : string.Empty;
                result.AddError($"--lab {value}: '{value}' is not an option of '{CommandPath.Of(command)}', and --lab takes a lab map FILE or 'auto', not an option.{suggestion}");
            }
            else if (Directory.Exists(value))
            {
                result.AddError($"--lab {value}: that is a directory, not a lab address map. Put INVENTORY before --lab (e.g. '{CommandPath.Of((System.CommandLine.Parsing.CommandResult)result.Parent!)} {value} --lab') or give the map file 'lab up' wrote.");
            }
        });
    }

    /// <summary>The option itself, to add to a command.</summary>
    public Option<string?> Option { get; } = new("--lab")
    {
        Description = "Aim at a running lab instead of the real devices: the address map written by 'lab up' (FILE), or 'auto' / no value for <inventory>/.provisioner/lab.json.",
        HelpName = "FILE|auto",
        Arity = ArgumentArity.ZeroOrOne,
    };

    /// <summary>Reads the lab map path: null when --lab was not given.</summary>
    /// <param name="parseResult">The parsed command line.</param>
    /// <param name="inventory">The inventory path, whose lab map 'auto' names.</param>
    /// <returns>The map path, or null.</returns>
    public string? MapPath(ParseResult parseResult, string inventory)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        if (parseResult.GetResult(Option) is null)
        {
            return null;
        }

        var value = parseResult.GetValue(Option);
        return string.IsNullOrEmpty(value) || value == "auto" ? LabSupport.LabPaths.DefaultMap(inventory) : value;
    }
}
