using Provisioner.Abstractions;
using Provisioner.Inventory.Loading;
using Provisioner.Inventory.Resolution;
using Provisioner.Inventory.Yaml;

namespace Provisioner.Inventory;

/// <summary>
/// Loads an inventory from one YAML file or a directory of <c>*.yaml</c>/<c>*.yml</c> files (searched
/// recursively, read in ordinal path order), validates it strictly and resolves every device's desired
/// state. Every problem of every file is reported in one run, each with file:line:column.
/// </summary>
public static class InventoryLoader
{
    /// <summary>Loads the inventory at <paramref name="path"/>.</summary>
    /// <param name="path">A YAML file, or a directory holding YAML files.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The model (null when there are errors) and every diagnostic.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<InventoryLoadResult> LoadAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        var diagnostics = new DiagnosticList();
        var files = FindFiles(path, diagnostics);
        if (files.Count == 0)
        {
            return new InventoryLoadResult(null, diagnostics);
        }

        var texts = new List<KeyValuePair<string, string>>(files.Count);
        foreach (var file in files)
        {
            try
            {
                texts.Add(new(file, await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false)));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(Diagnostic.Error(InventoryDiagnosticCodes.Unreadable, $"Cannot read '{file}': {ex.Message}", "Check that the file exists and is readable by this user.")
                    with { Source = new SourceLocation(file, 1, 1) });
            }
        }

        return Load(texts, diagnostics);
    }

    /// <summary>Loads an inventory from YAML texts already in memory (file name → text), in the order given.</summary>
    /// <param name="files">The file names (used in locations) and their YAML text.</param>
    /// <returns>The model (null when there are errors) and every diagnostic.</returns>
    public static InventoryLoadResult LoadFromText(IEnumerable<KeyValuePair<string, string>> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return Load([.. files], new DiagnosticList());
    }

    private static InventoryLoadResult Load(List<KeyValuePair<string, string>> texts, DiagnosticList diagnostics)
    {
        // Files are independent until the merge: read them in parallel, then merge in file order.
        var perFile = new (InventoryFragment? Fragment, DiagnosticList Diagnostics)[texts.Count];
        Parallel.For(0, texts.Count, i =>
        {
            var fileDiagnostics = new DiagnosticList();
            var root = YamlTreeReader.Read(texts[i].Key, texts[i].Value, fileDiagnostics);
            perFile[i] = (root is null ? null : FragmentReader.Read(root, fileDiagnostics), fileDiagnostics);
        });
        var fragments = new List<InventoryFragment>(texts.Count);
        foreach (var (fragment, fileDiagnostics) in perFile)
        {
            diagnostics.AddRange(fileDiagnostics);
            if (fragment is not null)
            {
                fragments.Add(fragment);
            }
        }

        var names = texts.Select(t => t.Key).ToList();
        var merged = FragmentMerger.Merge(fragments, names.Count > 0 ? names[0] : "inventory", fragments.Count == texts.Count, diagnostics);
        var model = InventoryResolver.Resolve(merged, names, diagnostics);
        return new InventoryLoadResult(diagnostics.HasErrors ? null : model, diagnostics);
    }

    private static List<string> FindFiles(string path, DiagnosticList diagnostics)
    {
        if (File.Exists(path))
        {
            return [path];
        }

        if (Directory.Exists(path))
        {
            var files = Directory.EnumerateFiles(path, "*.*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                .Where(f => !string.Equals(Path.GetFullPath(f), Path.GetFullPath(Attestations.AttestationFile.PathFor(path)), StringComparison.Ordinal))
                .Select(f => f.Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
                .ToList();
            if (files.Count == 0)
            {
                diagnostics.Add(Diagnostic.Error(InventoryDiagnosticCodes.NotFound, $"The directory '{path}' holds no .yaml files", "Point at a directory holding the inventory files (e.g. org.yaml and sites/*.yaml), or at one file.")
                    with { Source = new SourceLocation(path, 1, 1) });
            }

            return files;
        }

        diagnostics.Add(Diagnostic.Error(InventoryDiagnosticCodes.NotFound, $"The inventory '{path}' does not exist", "Give the path of an inventory file or directory, e.g. 'inventory/examples/contoso'."));
        return [];
    }
}
