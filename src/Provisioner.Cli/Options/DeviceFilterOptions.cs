using System.CommandLine;
using Provisioner.Inventory;

namespace Provisioner.Cli.Options;

/// <summary>The <c>--site</c>, <c>--device</c> and <c>--kind</c> filter options; create one per command.</summary>
internal sealed class DeviceFilterOptions
{
    /// <summary>Site ids.</summary>
    public Option<string[]> Site { get; } = new("--site")
    {
        Description = "Only devices of this site id (e.g. newyork); repeat for several sites.",
        HelpName = "ID",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>Device-name globs.</summary>
    public Option<string[]> Device { get; } = new("--device")
    {
        Description = "Only devices whose name matches this pattern (* and ? wildcards, case-insensitive, e.g. 'UPS-NY-*'); repeat for several.",
        HelpName = "GLOB",
    };

    /// <summary>Device kinds.</summary>
    public Option<string[]> Kind { get; } = new("--kind")
    {
        Description = $"Only devices of this kind ({string.Join("|", InventoryNames.Kinds.Keys)}); repeat for several.",
        HelpName = "KIND",
    };

    /// <summary>Creates the options, checking kinds as they are parsed (an unknown kind is a usage error naming the nearest one).</summary>
    public DeviceFilterOptions()
    {
        Kind.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => !InventoryNames.Kinds.ContainsKey(t.Value)))
            {
                result.AddError($"--kind {token.Value}: not a device kind.{FilterProblems.Nearest(token.Value, InventoryNames.Kinds.Keys)} Kinds: {string.Join(", ", InventoryNames.Kinds.Keys)}.");
            }
        });
    }

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    /// <param name="command">The command.</param>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Add(Site);
        command.Add(Device);
        command.Add(Kind);
    }

    /// <summary>Reads the filter from <paramref name="parseResult"/>.</summary>
    /// <param name="parseResult">The parsed command line.</param>
    /// <returns>The filter.</returns>
    public DeviceFilter Read(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        return new DeviceFilter(
            parseResult.GetValue(Site) ?? [],
            [.. (parseResult.GetValue(Device) ?? []).Select(p => new GlobPattern(p))],
            [.. (parseResult.GetValue(Kind) ?? []).Select(k => InventoryNames.Kinds[k])]);
    }
}
