using Provisioner.Abstractions;
using Provisioner.Inventory.Files;
using Provisioner.Inventory.Loading;
using Provisioner.Inventory.Resolution;
using Provisioner.Inventory.Yaml;

namespace Provisioner.Inventory;

/// <summary>
/// Loads an inventory from one YAML file or a directory of <c>*.yaml</c>/<c>*.yml</c> files (searched
/// recursively, hidden entries skipped, read in ordinal path order; see <see cref="Files.InventoryFileFinder"/>), validates it strictly and resolves every device's desired
/// state. Every problem of every file is reported in one run, each with file:line:column.
/// </summary>
public static class InventoryLoader
{
    /// <summary>The largest inventory file read (16 MiB); a larger one is refused, not read.</summary>
    public const int MaxFileBytes = 16 * 1024 * 1024;

    /// <summary>Loads the inventory at <paramref name="path"/>.</summary>
    /// <param name="path">A YAML file, or a directory holding YAML files.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The model (null when there are errors) and every diagnostic.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<InventoryLoadResult> LoadAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        var diagnostics = new DiagnosticList();
        var files = InventoryFileFinder.Find(path, diagnostics);
        if (files.Count == 0)
        {
            return new InventoryLoadResult(null, diagnostics);
        }

        var texts = new List<KeyValuePair<string, string>>(files.Count);
        foreach (var file in files)
        {
            if (await ReadTextAsync(file, diagnostics, cancellationToken).ConfigureAwait(false) is { } text)
            {
                texts.Add(new(file, text));
            }
        }

        var result = Load(texts, diagnostics, allRead: texts.Count == files.Count);
        return result with { Inventory = diagnostics.HasErrors ? null : result.Inventory, FilesRead = files };
    }

    /// <summary>Loads an inventory from YAML texts already in memory (file name → text), in the order given.</summary>
    /// <param name="files">The file names (used in locations) and their YAML text.</param>
    /// <returns>The model (null when there are errors) and every diagnostic.</returns>
    public static InventoryLoadResult LoadFromText(IEnumerable<KeyValuePair<string, string>> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return Load([.. files], new DiagnosticList(), allRead: true);
    }

    private static InventoryLoadResult Load(List<KeyValuePair<string, string>> texts, DiagnosticList diagnostics, bool allRead)
    {
        // Files are independent until the merge: read them in parallel, then merge in file order.
        var perFile = new (InventoryFragment? Fragment, DiagnosticList Diagnostics)[texts.Count];
        Parallel.For(0, texts.Count, i =>
        {
            var fileDiagnostics = new DiagnosticList();
            var root = YamlTreeReader.Read(texts[i].Key, texts[i].Value, fileDiagnostics, InventoryYamlCodes.Value);
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
        var merged = FragmentMerger.Merge(fragments, names.Count > 0 ? names[0] : "inventory", allRead && fragments.Count == texts.Count, diagnostics);
        var model = InventoryResolver.Resolve(merged, names, diagnostics);
        return new InventoryLoadResult(diagnostics.HasErrors ? null : model, [.. diagnostics.Select(Printable.Escape)]);
    }

    private static async Task<string?> ReadTextAsync(string file, DiagnosticList diagnostics, CancellationToken cancellationToken)
    {
        var (bytes, problem) = await BoundedFileReader.ReadAsync(file, MaxFileBytes, cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            diagnostics.Add(InventoryFileFinder.Unreadable(file, problem ?? "it cannot be read"));
            return null;
        }

        if (Utf8Text.TryDecode(bytes, out var text, out var line, out var column, out var badByte))
        {
            return text;
        }

        diagnostics.Add(Diagnostic.Error(
            InventoryDiagnosticCodes.NotUtf8,
            $"The file is not UTF-8: byte 0x{badByte:X2} here is not valid UTF-8",
            bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
                ? "Inventory files are UTF-8; this one starts with a UTF-16 byte-order mark. Save it as UTF-8 (e.g. 'iconv -f utf-16 -t utf-8 FILE')."
                : "Inventory files are UTF-8. The file was probably saved as Latin-1 or Windows-1252: convert it (e.g. 'iconv -f latin1 -t utf-8 FILE') and check the characters around this position.")
            with { Source = new SourceLocation(file, line, column) });
        return null;
    }
}
