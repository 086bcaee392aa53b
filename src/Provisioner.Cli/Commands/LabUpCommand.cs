using System.CommandLine;
using Spectre.Console;
using Provisioner.Abstractions;
using Provisioner.Cli.Infrastructure;
using Provisioner.Cli.LabSupport;
using Provisioner.Cli.Running;
using Provisioner.Lab.Hosting;
using Provisioner.Lab.Network;
using Provisioner.Lab.State;

namespace Provisioner.Cli.Commands;

/// <summary>
/// <c>provisioner lab up INVENTORY</c>: starts a simulated device for every device with a lab model,
/// writes the address map, and runs in the foreground until Ctrl-C or <c>lab down</c>.
/// </summary>
internal static class LabUpCommand
{
    public static Command Create(CliServices services)
    {
        var inventory = Options.SharedOptions.Inventory();
        var map = new Option<string?>("--map") { Description = "Where to write the address map (default <inventory>/.provisioner/lab.json).", HelpName = "FILE" };
        var state = new Option<string?>("--state") { Description = "Load device state from this file at start (when it exists) and save it back on stop; edit it to stage drift.", HelpName = "FILE" };
        var command = new Command("up", "Start a lab for INVENTORY in the foreground: one simulated device per device whose driver has a lab model (the others are named on standard error), each on its own loopback address and port 161, 443 or 22 (or its own port when that cannot be bound), with the inventory's credentials (SSH devices: an OpenSSH sshd that accepts the lab's own key, named in the map; skipped with a note where sshd, ssh-keygen or python3 is missing, or not run as root). Ctrl-C or 'provisioner lab down' stops it. Exit 0 when it was stopped, 1 when it could not start or a lab already runs on the same address map, 3 on inventory errors.")
        {
            inventory, map, state,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var session = services.Begin(parseResult);
            var path = parseResult.GetRequiredValue(inventory);
            return await RunAsync(session, path, parseResult.GetValue(map) ?? LabPaths.DefaultMap(path), parseResult.GetValue(state), cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(CommandSession session, string inventory, string mapPath, string? statePath, CancellationToken cancellationToken)
    {
        if (await RunPipeline.LoadCheckedAsync(session, inventory, cancellationToken) is not { } model)
        {
            return ExitCodes.InventoryErrors;
        }

        if (await RefuseSecondLabAsync(session, inventory, mapPath, cancellationToken))
        {
            return ExitCodes.Failure;
        }

        foreach (var line in LabSpecBuilder.DescribeUnsimulated(model.Devices))
        {
            await session.Error.WriteLineAsync($"warning: {line}");
        }

        IReadOnlyList<LabDeviceSpec> specs;
        try
        {
            specs = LabSpecBuilder.Specs(model.Devices, new EnvironmentSecretResolver(session.Context.Environment));
        }
        catch (SecretResolutionException ex)
        {
            await session.Error.WriteLineAsync($"error: {ex.Message}");
            return ExitCodes.Failure;
        }

        try
        {
            var options = new LabHostOptions
            {
                Relays = LabSpecBuilder.Relays(model.Devices),
                SshFolder = LabPaths.SshFolder(inventory),
                SshdPath = LabSshd.Path(session.Context.Environment),
            };
            await using var lab = await LabHost.StartAsync(specs, options, cancellationToken);
            if (lab.SshSkipped is { } skipped)
            {
                await session.Error.WriteLineAsync($"note: {skipped}");
            }

            if (statePath is not null && File.Exists(statePath))
            {
                lab.LoadState(await LabStateFile.LoadAsync(statePath, cancellationToken));
            }

            var labMap = LabLiveness.Stamp(lab.ToMap(Environment.ProcessId));
            await labMap.SaveAsync(mapPath, cancellationToken);
            LabMapPrinter.Print(session.Console, labMap);
            session.Console.MarkupLine(Spectre.Console.Markup.Escape($"Address map: {mapPath}. Aim with 'provisioner plan {inventory} --lab'. Ctrl-C or 'provisioner lab down {inventory}' stops the lab."));
            await WaitForStopAsync(LabPaths.StopFile(mapPath), cancellationToken);
            if (statePath is not null)
            {
                await lab.SaveState().SaveAsync(statePath, CancellationToken.None);
                session.Console.MarkupLine(Spectre.Console.Markup.Escape($"Lab state saved to {statePath}."));
            }
        }
        catch (LabNetworkException ex)
        {
            await session.Error.WriteLineAsync($"error: {ex.Message}");
            return ExitCodes.Failure;
        }
        finally
        {
            // Only our own map: never the one of another lab that took over a map we had left stale.
            if (await LabLiveness.IsOursAsync(mapPath, CancellationToken.None))
            {
                File.Delete(mapPath);
                File.Delete(LabPaths.StopFile(mapPath));
            }
        }

        return ExitCodes.Ok;
    }

    /// <summary>True (after saying why) when a live lab already uses <paramref name="mapPath"/>; a stale map is replaced with a note.</summary>
    private static async Task<bool> RefuseSecondLabAsync(CommandSession session, string inventory, string mapPath, CancellationToken cancellationToken)
    {
        if (!File.Exists(mapPath))
        {
            return false;
        }

        LabMap existing;
        try
        {
            existing = await LabMap.LoadAsync(mapPath, cancellationToken);
        }
        catch (LabStateException ex)
        {
            await session.Error.WriteLineAsync($"error: {ex.Message} Remove the file if no lab runs, or pass --map FILE for this lab.");
            return true;
        }

        if (LabLiveness.IsRunning(existing))
        {
            await session.Error.WriteLineAsync($"error: a lab for this inventory already runs (pid {existing.ProcessId}, address map {mapPath}). Stop it with 'provisioner lab down {inventory}', or start this one with --map FILE.");
            return true;
        }

        await session.Error.WriteLineAsync($"note: replacing the stale address map of lab pid {existing.ProcessId}, which no longer runs.");
        return false;
    }

    private static async Task WaitForStopAsync(string stopFile, CancellationToken cancellationToken)
    {
        File.Delete(stopFile);
        try
        {
            while (!File.Exists(stopFile))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl-C: stop the lab as 'lab down' would.
        }
    }
}
