using System.CommandLine;
using Provisioner.Cli.Infrastructure;
using Provisioner.Cli.Options;

namespace Provisioner.Cli.Running;

/// <summary>The options plan, apply and diff share.</summary>
internal sealed class RunOptions
{
    public Argument<string> Inventory { get; } = SharedOptions.Inventory();

    public DeviceFilterOptions Filter { get; } = new();

    public Option<OutputFormat> Output { get; } = SharedOptions.Output();

    public Option<FileInfo?> Report { get; } = new("--report")
    {
        Description = "Also write the report to this file: Markdown when it ends in .md, JSON otherwise (versioned, with before, changes, read-back, outcome, diagnostics and timings per device).",
        HelpName = "FILE",
    };

    public Option<int> Parallel { get; } = new("--parallel")
    {
        Description = "At most this many devices at once; also at most the inventory's defaults.parallel per site (default 8) and each driver's own limit (drivers: { <id>: { parallel: N } } overrides it).",
        DefaultValueFactory = _ => 16,
    };

    public Option<string?> Lab { get; } = new("--lab")
    {
        Description = "Aim at a running lab instead of the real devices: the address map written by 'lab up' (FILE), or 'auto' / no value for <inventory>/.provisioner/lab.json.",
        HelpName = "FILE|auto",
        Arity = ArgumentArity.ZeroOrOne,
    };

    /// <summary>Creates the options; <c>--lab</c> refuses a value that is an unknown option or a directory rather than swallowing it as a map.</summary>
    public RunOptions()
    {
        Lab.Validators.Add(result =>
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
                result.AddError($"--lab {value}: that is a directory, not a lab address map. Put INVENTORY before --lab (e.g. 'provisioner plan {value} --lab') or give the map file 'lab up' wrote.");
            }
        });
    }

    public void AddTo(Command command)
    {
        command.Add(Inventory);
        Filter.AddTo(command);
        command.Add(Output);
        command.Add(Report);
        command.Add(Parallel);
        command.Add(Lab);
    }

    /// <summary>Reads the lab map path: null when --lab was not given.</summary>
    public string? LabMapPath(ParseResult parseResult, string inventory)
    {
        if (parseResult.GetResult(Lab) is null)
        {
            return null;
        }

        var value = parseResult.GetValue(Lab);
        return string.IsNullOrEmpty(value) || value == "auto" ? LabSupport.LabPaths.DefaultMap(inventory) : value;
    }
}
