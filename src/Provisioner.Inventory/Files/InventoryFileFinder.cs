using Provisioner.Abstractions;

namespace Provisioner.Inventory.Files;

/// <summary>
/// Finds the files of an inventory: the file given, or every <c>*.yaml</c>/<c>*.yml</c> regular file
/// under the directory given, in ordinal path order. Hidden entries (names starting with '.', such as
/// <c>.github/</c> or <c>.git/</c>) are skipped; symbolic links are followed, but every file and directory
/// is visited at most once (by device and inode), so a link loop ends; FIFOs, sockets and devices are
/// never opened.
/// </summary>
internal static class InventoryFileFinder
{
    /// <summary>Finds the files at <paramref name="path"/>.</summary>
    /// <param name="path">A file or directory.</param>
    /// <param name="diagnostics">Receives a not-found error and every entry that cannot be read.</param>
    /// <returns>The files to read, in order.</returns>
    public static List<string> Find(string path, DiagnosticList diagnostics)
    {
        var root = FileProbe.Probe(path);
        switch (root.Kind)
        {
            case FileKind.Regular:
                return [path];
            case FileKind.Directory:
                var files = new List<string>();
                Walk(path, new HashSet<string>(StringComparer.Ordinal) { root.Key }, files, diagnostics);
                var attestations = Path.GetFullPath(Attestations.AttestationFile.PathFor(path));
                files.RemoveAll(f => string.Equals(Path.GetFullPath(f), attestations, StringComparison.Ordinal));
                files.Sort(StringComparer.Ordinal);
                if (files.Count == 0 && !diagnostics.HasErrors)
                {
                    diagnostics.Add(Diagnostic.Error(InventoryDiagnosticCodes.NotFound, $"The directory '{path}' holds no .yaml files", "Point at a directory holding the inventory files (e.g. org.yaml and sites/*.yaml), or at one file. Hidden directories such as .github/ are not read.")
                        with { Source = new SourceLocation(path, 1, 1) });
                }

                return files;
            case FileKind.Missing:
                diagnostics.Add(Diagnostic.Error(InventoryDiagnosticCodes.NotFound, $"The inventory '{path}' does not exist", "Give the path of an inventory file or directory, e.g. 'inventory/examples/contoso'."));
                return [];
            default:
                diagnostics.Add(Unreadable(path, BoundedFileReader.Refusal(path) ?? "it cannot be read"));
                return [];
        }
    }

    /// <summary>True for the file names the loader reads.</summary>
    /// <param name="name">A file name.</param>
    /// <returns>Whether it ends in .yaml or .yml.</returns>
    public static bool IsYamlName(string name) =>
        name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>The error for an entry that is not read.</summary>
    /// <param name="path">The entry.</param>
    /// <param name="why">Why, e.g. "it is a FIFO".</param>
    /// <returns>The diagnostic.</returns>
    public static Diagnostic Unreadable(string path, string why) =>
        Diagnostic.Error(InventoryDiagnosticCodes.Unreadable, $"Cannot read '{path}': {why}", "An inventory is made of regular YAML files. Replace the entry with a regular file, remove it, or give it a name that does not end in .yaml.")
            with { Source = new SourceLocation(path, 1, 1) };

    private static void Walk(string directory, HashSet<string> visited, List<string> files, DiagnosticList diagnostics)
    {
        List<string> entries;
        try
        {
            entries = [.. Directory.EnumerateFileSystemEntries(directory).Order(StringComparer.Ordinal)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Unreadable(directory, $"{ex.GetType().Name}: check that the directory is readable by this user"));
            return;
        }

        foreach (var entry in entries)
        {
            var name = Path.GetFileName(entry);
            if (name.StartsWith('.'))
            {
                continue;
            }

            var path = entry.Replace('\\', '/');
            var identity = FileProbe.Probe(entry);
            switch (identity.Kind)
            {
                case FileKind.Directory when visited.Add(identity.Key):
                    Walk(path, visited, files, diagnostics);
                    break;
                case FileKind.Regular when IsYamlName(name) && visited.Add(identity.Key):
                    files.Add(path);
                    break;
                case FileKind.Special or FileKind.BrokenLink or FileKind.Missing when IsYamlName(name):
                    diagnostics.Add(Unreadable(path, identity.Kind == FileKind.Missing ? "it is a symbolic link to nothing" : BoundedFileReader.Refusal(entry) ?? "it cannot be read"));
                    break;
                default:
                    // A directory or file already visited through another link, or not YAML.
                    break;
            }
        }
    }
}
