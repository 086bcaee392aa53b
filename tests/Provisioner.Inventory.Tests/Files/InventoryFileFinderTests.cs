using Provisioner.Abstractions;

namespace Provisioner.Inventory.Tests.Files;

/// <summary>Which files a directory inventory reads: regular YAML files only, hidden entries skipped, links followed once.</summary>
public sealed class InventoryFileFinderTests
{
    [Fact]
    public async Task LoadAsync_FifoNamedYaml_ReportedNotOpened()
    {
        using var inventory = new TempInventory();
        var fifo = inventory.Fifo("sites/pipe.yaml");

        var result = await LoadAsync(inventory.Root);

        var error = Assert.Single(result.Diagnostics.Errors);
        Assert.Equal(InventoryDiagnosticCodes.Unreadable, error.Code);
        Assert.Contains("not a regular file", error.Summary, StringComparison.Ordinal);
        Assert.Equal(fifo, error.Source!.File);
        Assert.Null(result.Inventory);
    }

    [Fact]
    public async Task LoadAsync_FifoGivenAsTheInventory_ReportedNotOpened()
    {
        using var inventory = new TempInventory();
        var fifo = inventory.Fifo("pipe.yaml");

        var result = await LoadAsync(fifo);

        Assert.Equal(InventoryDiagnosticCodes.Unreadable, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public async Task LoadAsync_OtherFifo_Ignored()
    {
        using var inventory = new TempInventory();
        inventory.Fifo("notes.txt");

        var result = await LoadAsync(inventory.Root);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public async Task LoadAsync_DirectoryLinkToAncestor_EveryFileReadOnce()
    {
        using var inventory = new TempInventory();
        inventory.Link("sites/loop", inventory.Root);
        inventory.Link("sites/self", ".");

        var result = await LoadAsync(inventory.Root);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal([inventory.PathOf("inventory.yaml")], result.FilesRead);
    }

    [Fact]
    public async Task LoadAsync_FileLinkLoop_ReportedAndEnds()
    {
        using var inventory = new TempInventory();
        inventory.Link("a.yaml", "b.yaml");
        inventory.Link("b.yaml", "a.yaml");

        var result = await LoadAsync(inventory.Root);

        Assert.Equal(2, result.Diagnostics.Count(d => d.Code == InventoryDiagnosticCodes.Unreadable && d.Summary.Contains("loops", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task LoadAsync_LinkToAFileAlreadyRead_ReadOnce()
    {
        using var inventory = new TempInventory();
        inventory.Link("zz-again.yaml", inventory.PathOf("inventory.yaml"));

        var result = await LoadAsync(inventory.Root);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Single(result.FilesRead);
    }

    [Fact]
    public async Task LoadAsync_HiddenDirectoriesAndFiles_NotRead()
    {
        using var inventory = new TempInventory();
        inventory.Write(".github/workflows/ci.yaml", "on: push\njobs: { build: { runs-on: ubuntu-latest } }\n");
        inventory.Write(".hidden.yaml", "relay: { address: 10.9.9.9 }\n");

        var result = await LoadAsync(inventory.Root);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal([inventory.PathOf("inventory.yaml")], result.FilesRead);
    }

    [Fact]
    public async Task LoadAsync_Latin1File_NotUtf8WithPosition()
    {
        using var inventory = new TempInventory();
        var path = inventory.PathOf("inventory.yaml");
        File.WriteAllBytes(path, [.. "organisation:\n  name: Caf"u8, 0xE9, .. "\n"u8]);

        var result = await LoadAsync(path);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(InventoryDiagnosticCodes.NotUtf8, error.Code);
        Assert.Equal(new SourceLocation(path, 2, 12), error.Source);
        Assert.Contains("0xE9", error.Summary, StringComparison.Ordinal);
    }

    private static Task<InventoryLoadResult> LoadAsync(string path) => InventoryLoader.LoadAsync(path, CancellationToken.None);
}
