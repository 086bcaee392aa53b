namespace Provisioner.Cli.Tests.Support;

/// <summary>A copy of the demo inventory in a temporary directory, edited by a test; deleted on dispose.</summary>
internal sealed class InventoryCopy : IDisposable
{
    private InventoryCopy(string root)
    {
        Root = root;
    }

    /// <summary>The directory holding the copy and anything a test puts beside it.</summary>
    public string Root { get; }

    /// <summary>The inventory directory to pass to a command.</summary>
    public string Inventory => Path.Combine(Root, "inventory");

    /// <summary>The site file of the copy.</summary>
    public string SiteFile => Path.Combine(Inventory, "sites", "demo.yaml");

    /// <summary>The organisation file of the copy.</summary>
    public string OrgFile => Path.Combine(Inventory, "org.yaml");

    public static InventoryCopy OfDemo()
    {
        var root = Directory.CreateTempSubdirectory("provisioner-preflight-").FullName;
        Directory.CreateDirectory(Path.Combine(root, "inventory", "sites"));
        File.Copy(Path.Combine(CliRun.Demo, "org.yaml"), Path.Combine(root, "inventory", "org.yaml"));
        File.Copy(Path.Combine(CliRun.Demo, "sites", "demo.yaml"), Path.Combine(root, "inventory", "sites", "demo.yaml"));
        return new InventoryCopy(root);
    }

    /// <summary>Replaces the first occurrence of <paramref name="old"/> in the site file; fails when it is absent.</summary>
    public InventoryCopy EditSite(string old, string replacement) => Edit(SiteFile, old, replacement);

    /// <summary>Replaces the first occurrence of <paramref name="old"/> in the organisation file; fails when it is absent.</summary>
    public InventoryCopy EditOrg(string old, string replacement) => Edit(OrgFile, old, replacement);

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private InventoryCopy Edit(string file, string old, string replacement)
    {
        var text = File.ReadAllText(file);
        var at = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{old}' not in {file}");
        File.WriteAllText(file, text[..at] + replacement + text[(at + old.Length)..]);
        return this;
    }
}
