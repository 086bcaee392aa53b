using Provisioner.Cli.Options;

namespace Provisioner.Cli.Running;

/// <summary>One plan/apply/diff invocation, as parsed.</summary>
/// <param name="Inventory">The inventory path.</param>
/// <param name="Filter">Which devices.</param>
/// <param name="Output">How to print the report on standard output.</param>
/// <param name="Report">Where to write the report file, or null.</param>
/// <param name="Parallel">The global concurrency bound.</param>
/// <param name="LabMap">The lab address map to aim at, or null for the real devices.</param>
internal sealed record RunSettings(string Inventory, DeviceFilter Filter, OutputFormat Output, FileInfo? Report, int Parallel, string? LabMap);
