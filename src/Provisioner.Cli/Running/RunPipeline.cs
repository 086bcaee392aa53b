using Provisioner.Abstractions;
using Provisioner.Cli.Commands;
using Provisioner.Cli.Infrastructure;
using Provisioner.Cli.Output;
using Provisioner.Core;
using Provisioner.Drivers.SnmpMapped;
using Provisioner.Drivers.SnmpMapped.Loading;
using Provisioner.Drivers.SnmpMapped.Model;
using Provisioner.Inventory;
using Provisioner.Inventory.Policy;
using Provisioner.Lab.State;
using Provisioner.Snmp.Client;

namespace Provisioner.Cli.Running;

/// <summary>
/// What plan, apply and diff share: load and lint the inventory (errors stop before any device is
/// touched), select and aim the devices, run them through the engine with bounded concurrency,
/// print the report. The mode decides whether a write path exists at all.
/// </summary>
internal static class RunPipeline
{
    /// <summary>Loads and lints the inventory; prints the diagnostics and returns null when there are errors.</summary>
    public static async Task<InventoryModel?> LoadCheckedAsync(CommandSession session, string path, CancellationToken cancellationToken)
    {
        var loaded = await InventoryInput.LoadAsync(session, path, cancellationToken).ConfigureAwait(false);
        var diagnostics = new DiagnosticList(loaded.Diagnostics);
        if (loaded.Inventory is { } model)
        {
            diagnostics.AddRange(GuidelinePolicy.Evaluate(model));
        }

        if (diagnostics.HasErrors || loaded.Inventory is null)
        {
            InventoryInput.PrintToError(session, diagnostics);
            await session.Error.WriteLineAsync($"{path}: the inventory has errors; no device was contacted. Run 'provisioner lint {path}' for details.").ConfigureAwait(false);
            return null;
        }

        return loaded.Inventory;
    }

    /// <summary>Runs the whole command and returns its exit code.</summary>
    public static async Task<int> ExecuteAsync(CommandSession session, RunSettings settings, RunMode mode, CancellationToken cancellationToken)
    {
        var mapped = new List<MappingDefinition>();
        var targets = await PrepareAsync(session, settings, mapped, cancellationToken).ConfigureAwait(false);
        if (targets is null)
        {
            return ExitCodes.InventoryErrors;
        }

        var secrets = new EnvironmentSecretResolver(session.Context.Environment);
        var (run, redactor) = await RunAsync(session, targets, mode, settings.Parallel, secrets, mapped, cancellationToken).ConfigureAwait(false);
        await ReportOutput.WriteAsync(session, run, redactor, settings.Output, settings.Report, cancellationToken).ConfigureAwait(false);
        return run.ExitCode;
    }

    /// <summary>Loads, lints, filters, reads the mapping files of snmp-mapped devices (into <c>mapped</c>) and aims; null (after printing why) when nothing may run.</summary>
    public static async Task<IReadOnlyList<DeviceTarget>?> PrepareAsync(CommandSession session, RunSettings settings, List<MappingDefinition> mapped, CancellationToken cancellationToken)
    {
        if (await LoadCheckedAsync(session, settings.Inventory, cancellationToken).ConfigureAwait(false) is not { } model
            || InventoryInput.Select(session, model, settings.Filter) is not { } devices)
        {
            return null;
        }

        var (mappings, problems) = await MappedDriverSet.LoadAsync(devices.Select(d => (d.DriverId, d.MappingFile)), cancellationToken).ConfigureAwait(false);
        if (problems.HasErrors)
        {
            InventoryInput.PrintToError(session, problems);
            await session.Error.WriteLineAsync("A mapping file of a snmp-mapped device has errors; no device was contacted.").ConfigureAwait(false);
            return null;
        }

        mapped.AddRange(mappings.Mappings);
        IReadOnlyList<DeviceTarget> targets = [.. devices.Select(d => TargetBuilder.From(d) with { DriverId = mappings.DriverIdOf(d.DriverId, d.MappingFile) })];
        if (settings.LabMap is { } mapPath)
        {
            try
            {
                targets = TargetBuilder.AimAtLab(session, targets, await LabMap.LoadAsync(mapPath, cancellationToken).ConfigureAwait(false));
            }
            catch (LabStateException ex)
            {
                await session.Error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
                return null;
            }
        }

        return targets;
    }

    /// <summary>Runs <paramref name="targets"/> through a fresh engine with the built-in drivers plus one driver per mapping in <c>mapped</c>; shows progress on a terminal.</summary>
    public static async Task<(RunResult Run, SecretRedactor Redactor)> RunAsync(
        CommandSession session, IReadOnlyList<DeviceTarget> targets, RunMode mode, int parallel, ISecretResolver secrets, IReadOnlyList<MappingDefinition> mapped, CancellationToken cancellationToken)
    {
        await using var snmp = new SnmpClient();
        var redactor = new SecretRedactor();
        var drivers = new Core.DriverCatalog([.. DriverCatalog.Drivers(snmp), .. mapped.Select(m => new MappedSnmpDriver(m, snmp))]);
        var engine = new DeviceEngine(drivers, secrets, redactor, new EngineOptions(), TimeProvider.System, session.Log);
        var options = new RunnerOptions { MaxParallel = Math.Max(1, parallel), MaxPerSite = Math.Max(1, parallel), MaxPerDriver = Math.Max(1, parallel) };
        var runner = new ProvisioningRunner(engine, options, TimeProvider.System, session.Log);
        var run = await ProgressDisplay.RunAsync(targets.Count, progress => runner.RunAsync(targets, mode, progress, cancellationToken)).ConfigureAwait(false);
        return (run, redactor);
    }
}
