namespace Provisioner.Core;

/// <summary>
/// Rewrites a known-peers store file (<c>known_hosts</c>, <c>known_certs</c>) whole through a temporary
/// file in the same folder renamed over the old one, so a reader never sees half a line and a crash
/// leaves the old file. The old file's permissions are kept.
/// </summary>
internal static class StoreFile
{
    /// <summary>The file's lines, or none when it does not exist.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The lines.</returns>
    public static string[] ReadLines(string path) => File.Exists(path) ? File.ReadAllLines(path) : [];

    /// <summary>Replaces <paramref name="path"/> with <paramref name="lines"/>, each ending with a newline, creating its folder when needed.</summary>
    /// <param name="path">The file.</param>
    /// <param name="lines">The new content.</param>
    public static void Rewrite(string path, IEnumerable<string> lines)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temporary, string.Concat(lines.Select(line => line + "\n")));
            if (!OperatingSystem.IsWindows() && File.Exists(path))
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(path));
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
