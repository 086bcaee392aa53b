using System.CommandLine;
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

    public LabOption Lab { get; } = new();

    public void AddTo(Command command)
    {
        command.Add(Inventory);
        Filter.AddTo(command);
        command.Add(Output);
        command.Add(Report);
        command.Add(Parallel);
        command.Add(Lab.Option);
    }

    /// <summary>Reads the lab map path: null when --lab was not given.</summary>
    public string? LabMapPath(ParseResult parseResult, string inventory) => Lab.MapPath(parseResult, inventory);
}
