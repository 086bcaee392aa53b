using Provisioner.Abstractions;
using Provisioner.Cli.Commands;
using Provisioner.Cli.Infrastructure;
using Provisioner.Cli.Output;
using Provisioner.Core;
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
        var targets = await PrepareAsync(session, settings, cancellationToken).ConfigureAwait(false);
        if (targets is null)
        {
            return ExitCodes.InventoryErrors;
        }

        var secrets = new EnvironmentSecretResolver(session.Context.Environment);
        var (run, redactor) = await RunAsync(session, targets, mode, settings.Parallel, secrets, cancellationToken).ConfigureAwait(false);
        await ReportOutput.WriteAsync(session, run, redactor, settings.Output, settings.Report, cancellationToken).ConfigureAwait(false);
        return run.ExitCode;
    }

    /// <summary>Loads, lints, filters and aims; null (after printing why) when nothing may run.</summary>
    public static async Task<IReadOnlyList<DeviceTarget>?> PrepareAsync(CommandSession session, RunSettings settings, CancellationToken cancellationToken)
    {
        if (await LoadCheckedAsync(session, settings.Inventory, cancellationToken).ConfigureAwait(false) is not { } model
            || InventoryInput.Select(session, model, settings.Filter) is not { } devices)
        {
            return null;
        }

        IReadOnlyList<DeviceTarget> targets = [.. devices.Select(TargetBuilder.From)];
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

    /// <summary>Runs <paramref name="targets"/> through a fresh engine; shows progress on a terminal.</summary>
    public static async Task<(RunResult Run, SecretRedactor Redactor)> RunAsync(
        CommandSession session, IReadOnlyList<DeviceTarget> targets, RunMode mode, int parallel, ISecretResolver secrets, CancellationToken cancellationToken)
    {
        await using var snmp = new SnmpClient();
        var redactor = new SecretRedactor();
        var engine = new DeviceEngine(DriverCatalog.Create(snmp), secrets, redactor, new EngineOptions(), TimeProvider.System, session.Log);
        var options = new RunnerOptions { MaxParallel = Math.Max(1, parallel), MaxPerSite = Math.Max(1, parallel), MaxPerDriver = Math.Max(1, parallel) };
        var runner = new ProvisioningRunner(engine, options, TimeProvider.System, session.Log);
        var run = await ProgressDisplay.RunAsync(targets.Count, progress => runner.RunAsync(targets, mode, progress, cancellationToken)).ConfigureAwait(false);
        return (run, redactor);
    }
}
