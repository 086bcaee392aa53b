using System.CommandLine;
using Provisioner.Cli.Options;
using Provisioner.Cli.Running;

namespace Provisioner.Cli.Delivery;

/// <summary>The options of <c>provisioner test</c>.</summary>
internal sealed class TestOptions
{
    public Argument<string> Inventory { get; } = SharedOptions.Inventory();

    public DeviceFilterOptions Filter { get; } = new();

    public Option<OutputFormat> Output { get; } = SharedOptions.Output(OutputFormat.Table, OutputFormat.Json, OutputFormat.Markdown, OutputFormat.Junit);

    public Option<FileInfo?> Report { get; } = new("--report")
    {
        Description = "Also write the report to this file: Markdown when it ends in .md, JUnit XML when it ends in .xml, JSON otherwise.",
        HelpName = "FILE",
    };

    public Option<int> Parallel { get; } = new("--parallel")
    {
        Description = "Trigger at most this many devices at once.",
        DefaultValueFactory = _ => 8,
    };

    public Option<string[]> Await { get; } = new("--await")
    {
        Description = "Trigger nothing for this device: watch the mailbox for the test message a person sends with the device's own test button (repeatable; selects the device).",
        HelpName = "DEVICE",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<bool> ViaRelay { get; } = new("--via-relay")
    {
        Description = "For devices that cannot self-test: send, from this machine and as the device would, a test message from its sender to its recipients through its relay. Proves the relay and the groups, not the device (status delivered-via-relay).",
    };

    public Option<bool> Cleanup { get; } = new("--cleanup")
    {
        Description = "Delete the confirmed test messages from the watched mailbox afterwards.",
    };

    public Option<int?> Timeout { get; } = new("--timeout")
    {
        Description = "Seconds to wait for the messages after the last trigger (default: the inventory's verification.timeout, else 120).",
        HelpName = "SECONDS",
    };

    public LabOption Lab { get; } = new();

    public void AddTo(Command command)
    {
        command.Add(Inventory);
        Filter.AddTo(command);
        command.Add(Await);
        command.Add(ViaRelay);
        command.Add(Cleanup);
        command.Add(Timeout);
        command.Add(Output);
        command.Add(Report);
        command.Add(Parallel);
        command.Add(Lab.Option);
    }

    /// <summary>The run settings the shared preparation reads (filter widened by <c>--await</c> names).</summary>
    public RunSettings Read(ParseResult parseResult)
    {
        var inventory = parseResult.GetRequiredValue(Inventory);
        var filter = Filter.Read(parseResult);
        var awaited = parseResult.GetValue(Await) ?? [];
        if (awaited.Length > 0)
        {
            filter = filter with { Devices = [.. filter.Devices, .. awaited.Select(a => new GlobPattern(a))] };
        }

        return new RunSettings(inventory, filter, parseResult.GetValue(Output), parseResult.GetValue(Report), parseResult.GetValue(Parallel), Lab.MapPath(parseResult, inventory));
    }
}
