using Provisioner.Abstractions;
using Provisioner.Cli.Commands;
using Provisioner.Cli.Drivers;
using Provisioner.Cli.Infrastructure;
using Provisioner.Cli.Output;
using Provisioner.Core;
using Provisioner.Drivers.SnmpMapped;
using Provisioner.Drivers.SnmpMapped.Loading;
using Provisioner.Drivers.SnmpMapped.Model;
using Provisioner.Inventory;
using Provisioner.Lab.State;

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
            diagnostics.AddRange(await InventoryPreflight.CheckAsync(model, null, cancellationToken).ConfigureAwait(false));
        }

        if (diagnostics.HasErrors || loaded.Inventory is null)
        {
            InventoryInput.PrintToError(session, diagnostics);
            await session.Error.WriteLineAsync($"{path}: the inventory has errors; no device was contacted. Run 'provisioner lint {path}' for details.").ConfigureAwait(false);
            return null;
        }

        return loaded.Inventory;
    }

    /// <summary>Runs the whole command and returns its exit code. An interrupted run still prints and writes its report, then exits 1.</summary>
    public static Task<int> ExecuteAsync(CommandSession session, RunSettings settings, RunMode mode, CancellationToken cancellationToken) =>
        ExecuteAsync(session, settings, mode, null, cancellationToken);

    /// <summary>Runs the whole command, telling <paramref name="deviceStarting"/> (the run lock's journal) of every device it starts, and returns its exit code.</summary>
    public static async Task<int> ExecuteAsync(CommandSession session, RunSettings settings, RunMode mode, Action<DeviceTarget>? deviceStarting, CancellationToken cancellationToken)
    {
        var mapped = new List<MappingDefinition>();
        var notSimulated = new List<DeviceTarget>();
        var (targets, limits, refused) = await PrepareAsync(session, settings, mapped, notSimulated, cancellationToken).ConfigureAwait(false);
        if (targets is null || limits is null)
        {
            return refused;
        }

        var secrets = new EnvironmentSecretResolver(session.Context.Environment);
        if (!await SecretPreflight.CheckAsync(session, targets, InventoryPreflight.ById(mapped.Select(MappedDescriptorBuilder.Build)), secrets).ConfigureAwait(false))
        {
            return ExitCodes.InventoryErrors;
        }

        var (run, redactor) = await RunAsync(session, targets, mode, limits, secrets, mapped, deviceStarting, cancellationToken).ConfigureAwait(false);
        run = NotSimulatedResult.AddTo(run, notSimulated);

        // The report is written even when the run was interrupted: that is when it matters most.
        await ReportOutput.WriteAsync(session, run, redactor, settings.Output, settings.Report, CancellationToken.None).ConfigureAwait(false);
        if (run.Cancelled)
        {
            var unfinished = run.Devices.Count(d => d.Outcome == DeviceOutcome.Skipped);
            await session.Error.WriteLineAsync($"Interrupted: {unfinished} of {run.Devices.Count} device(s) did not finish (outcome 'skipped' in the report); run the command again to include them.").ConfigureAwait(false);
        }

        return run.ExitCode;
    }

    /// <summary>
    /// Loads, lints, filters, reads the mapping files of snmp-mapped devices (into <c>mapped</c>) and aims
    /// (devices a lab does not simulate go to <c>notSimulated</c>). When nothing may run, prints why and
    /// returns null targets with the exit code: 3 for inventory and mapping errors, 4 for a filter or
    /// <c>--lab</c> that leaves no device.
    /// </summary>
    public static async Task<(IReadOnlyList<DeviceTarget>? Targets, RunLimits? Limits, int ExitCode)> PrepareAsync(CommandSession session, RunSettings settings, List<MappingDefinition> mapped, List<DeviceTarget> notSimulated, CancellationToken cancellationToken)
    {
        if (await LoadCheckedAsync(session, settings.Inventory, cancellationToken).ConfigureAwait(false) is not { } model)
        {
            return (null, null, ExitCodes.InventoryErrors);
        }

        var (devices, selectionCode) = InventoryInput.Select(session, model, settings.Filter);
        if (devices is null)
        {
            return (null, null, selectionCode);
        }

        var (mappings, problems) = await MappedDevices.LoadAsync(devices, cancellationToken).ConfigureAwait(false);
        if (problems.HasErrors)
        {
            InventoryInput.PrintToError(session, problems);
            await session.Error.WriteLineAsync("A mapping file of a snmp-mapped device has errors; no device was contacted.").ConfigureAwait(false);
            return (null, null, ExitCodes.InventoryErrors);
        }

        if (model.DriverSessionLimits.Keys.FirstOrDefault(id => !BuiltInDrivers.Descriptors.Any(d => d.Id == id)) is { } unknown)
        {
            await session.Error.WriteLineAsync($"{settings.Inventory}: drivers: names '{unknown}', which is not a driver of this build; use an id from 'provisioner drivers'. No device was contacted.").ConfigureAwait(false);
            return (null, null, ExitCodes.InventoryErrors);
        }

        if (await KnownPeersInput.LoadAsync(session, settings.Inventory).ConfigureAwait(false) is not { } known)
        {
            return (null, null, ExitCodes.InventoryErrors);
        }

        mapped.AddRange(mappings.Mappings);
        var descriptors = InventoryPreflight.ById([]);
        IReadOnlyList<DeviceTarget> targets = [.. devices.Select(d => TargetBuilder.From(d, known, descriptors.GetValueOrDefault(d.DriverId)) with { DriverId = mappings.DriverIdOf(d.DriverId, d.MappingFile) })];
        var limits = RunLimits.Of(settings.Parallel, model);
        if (await AttestationInput.ApplyAsync(session, settings.Inventory, targets, cancellationToken).ConfigureAwait(false) is not { } attested)
        {
            return (null, null, ExitCodes.InventoryErrors);
        }

        targets = attested;
        if (settings.LabMap is not { } mapPath)
        {
            return (targets, limits, ExitCodes.Ok);
        }

        try
        {
            targets = TargetBuilder.AimAtLab(session, targets, await LabMap.LoadAsync(mapPath, cancellationToken).ConfigureAwait(false), notSimulated);
        }
        catch (LabStateException ex)
        {
            await session.Error.WriteLineAsync($"error: --lab: {ex.Message}").ConfigureAwait(false);
            return (null, null, ExitCodes.UsageError);
        }

        if (targets.Count == 0)
        {
            await session.Error.WriteLineAsync($"error: --lab {mapPath}: none of the {devices.Count} selected device(s) is in that lab, so nothing would run. Start the lab for this inventory ('provisioner lab up {settings.Inventory}') or select devices it simulates.").ConfigureAwait(false);
            return (null, null, ExitCodes.UsageError);
        }

        return (targets, limits, ExitCodes.Ok);
    }

    /// <summary>Runs <paramref name="targets"/> through a fresh engine with the built-in drivers plus one driver per mapping in <c>mapped</c>; shows progress on a terminal.</summary>
    public static Task<(RunResult Run, SecretRedactor Redactor)> RunAsync(
        CommandSession session, IReadOnlyList<DeviceTarget> targets, RunMode mode, RunLimits limits, ISecretResolver secrets, IReadOnlyList<MappingDefinition> mapped, CancellationToken cancellationToken) =>
        RunAsync(session, targets, mode, limits, secrets, mapped, null, cancellationToken);

    /// <summary>As the other overload, telling <paramref name="deviceStarting"/> of every device the runner starts.</summary>
    public static async Task<(RunResult Run, SecretRedactor Redactor)> RunAsync(
        CommandSession session, IReadOnlyList<DeviceTarget> targets, RunMode mode, RunLimits limits, ISecretResolver secrets, IReadOnlyList<MappingDefinition> mapped, Action<DeviceTarget>? deviceStarting, CancellationToken cancellationToken)
    {
        await using var transports = TransportServices.Create(session.Log);
        var redactor = new SecretRedactor();
        var drivers = BuiltInDrivers.Catalog(transports, mapped.Select(m => new MappedSnmpDriver(m, transports.Snmp)));
        var engine = new DeviceEngine(drivers, secrets, redactor, new EngineOptions(), TimeProvider.System, session.Log);
        var runner = new ProvisioningRunner(engine, limits.ToRunnerOptions(drivers), TimeProvider.System, session.Log) { DeviceStarting = deviceStarting };
        using var notice = cancellationToken.Register(() => session.Error.WriteLine(mode == RunMode.Apply
            ? "Interrupting: no further device is started; devices being changed finish so that none is left half-written. Interrupt again to abandon them."
            : "Interrupting: no further device is started and devices being read stop; the report follows."));
        var run = await ProgressDisplay.RunAsync(session.ProgressConsole(), targets.Count, progress => runner.RunAsync(targets, mode, progress, cancellationToken, session.Context.Abandon)).ConfigureAwait(false);
        return (run, redactor);
    }
}
