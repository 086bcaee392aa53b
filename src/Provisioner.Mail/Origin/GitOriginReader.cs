using System.Diagnostics;

namespace Provisioner.Mail;

/// <summary>
/// Finds out which git commit an inventory is at (<c>git -C dir rev-parse HEAD</c>) and whether it
/// has uncommitted changes (<c>git status --porcelain -- path</c>), for rendered-file headers.
/// An inventory outside git, or a machine without git, gives an origin without a commit.
/// </summary>
public static class GitOriginReader
{
    /// <summary>Reads the origin of the inventory at <paramref name="inventoryPath"/>.</summary>
    /// <param name="inventoryPath">The inventory file or directory as the user named it; kept as given.</param>
    /// <param name="cancellationToken">Cancels the git calls.</param>
    /// <returns>The origin; <see cref="InventoryOrigin.Commit"/> is null when git cannot tell.</returns>
    public static async Task<InventoryOrigin> ReadAsync(string inventoryPath, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(inventoryPath);
        var full = Path.GetFullPath(inventoryPath);
        var directory = Directory.Exists(full) ? full : Path.GetDirectoryName(full) ?? full;
        if (!Directory.Exists(directory))
        {
            return new InventoryOrigin(inventoryPath, null, false);
        }

        var head = await RunGitAsync(directory, ["rev-parse", "HEAD"], cancellationToken).ConfigureAwait(false);
        if (head is null || head.Trim().Length == 0)
        {
            return new InventoryOrigin(inventoryPath, null, false);
        }

        var status = await RunGitAsync(directory, ["status", "--porcelain", "--", full], cancellationToken).ConfigureAwait(false);
        return new InventoryOrigin(inventoryPath, head.Trim(), status is null || status.Trim().Length > 0);
    }

    private static async Task<string?> RunGitAsync(string directory, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-C");
        start.ArgumentList.Add(directory);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // git is not installed: the header says "not in git".
        }

        if (process is null)
        {
            return null;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            var text = await output.ConfigureAwait(false);
            await error.ConfigureAwait(false);
            return process.ExitCode == 0 ? text : null;
        }
    }
}
