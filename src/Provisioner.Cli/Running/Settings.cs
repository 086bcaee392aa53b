using System.CommandLine;

namespace Provisioner.Cli.Running;

/// <summary>Reads <see cref="RunSettings"/> from a parse result.</summary>
internal static class Settings
{
    public static RunSettings Read(RunOptions options, ParseResult parseResult)
    {
        var inventory = parseResult.GetRequiredValue(options.Inventory);
        return new RunSettings(
            inventory,
            options.Filter.Read(parseResult),
            parseResult.GetValue(options.Output),
            parseResult.GetValue(options.Report),
            parseResult.GetValue(options.Parallel),
            options.LabMapPath(parseResult, inventory));
    }
}
