using Provisioner.Abstractions;
using Provisioner.Cli.Infrastructure;
using Provisioner.Cli.Options;
using Provisioner.Cli.Output;
using Provisioner.Inventory;
using Spectre.Console;

namespace Provisioner.Cli.Commands;

/// <summary>Loading an inventory for a command: logs, prints load errors to standard error, applies filters.</summary>
internal static class InventoryInput
{
    /// <summary>Loads <paramref name="path"/>; on errors prints them to standard error and returns null.</summary>
    /// <param name="session">The session.</param>
    /// <param name="path">The inventory path.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The result; its <see cref="InventoryLoadResult.Inventory"/> is null on errors.</returns>
    public static async Task<InventoryLoadResult> LoadAsync(CommandSession session, string path, CancellationToken cancellationToken)
    {
        session.Log.Debug("Loading inventory {Inventory}", path);
        var result = await InventoryLoader.LoadAsync(path, cancellationToken).ConfigureAwait(false);
        if (result.Inventory is { } inventory)
        {
            session.Log.Debug("Loaded {Devices} devices in {Sites} sites from {Files} files", inventory.Devices.Count, inventory.Sites.Count, inventory.Files.Count);
        }

        return result;
    }

    /// <summary>Prints diagnostics to standard error, e.g. load errors of a command whose output is something else.</summary>
    /// <param name="session">The session.</param>
    /// <param name="diagnostics">The diagnostics.</param>
    public static void PrintToError(CommandSession session, IEnumerable<Diagnostic> diagnostics)
    {
        var error = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(session.Error),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
        });
        error.Profile.Width = 200;
        DiagnosticWriter.WriteLines(error, diagnostics);
    }

    /// <summary>
    /// Applies <paramref name="filter"/>. A filter that selects no device is a usage error printed to
    /// standard error with the nearest existing site, device or kind; an inventory without devices is an
    /// inventory error: a run that would do nothing never reports success.
    /// </summary>
    /// <param name="session">The session.</param>
    /// <param name="inventory">The inventory.</param>
    /// <param name="filter">The filter.</param>
    /// <returns>The devices (never empty), or null and the exit code.</returns>
    public static (IReadOnlyList<Device>? Devices, int ExitCode) Select(CommandSession session, InventoryModel inventory, DeviceFilter filter)
    {
        var problems = FilterProblems.Find(filter, inventory);
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                session.Error.WriteLine($"error: {problem}");
            }

            return (null, inventory.Devices.Count == 0 ? ExitCodes.InventoryErrors : ExitCodes.UsageError);
        }

        var devices = filter.Apply(inventory);
        session.Log.Debug("{Selected} of {Total} devices selected", devices.Count, inventory.Devices.Count);
        return (devices, ExitCodes.Ok);
    }
}
