namespace Provisioner.Inventory.Tests.Support;

/// <summary>Finds the repository's example inventories from the test's working directory.</summary>
internal static class Examples
{
    private static readonly Lazy<string> Root = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Provisioner.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Provisioner.sln not found above " + AppContext.BaseDirectory);
    });

    public static string RepositoryRoot => Root.Value;

    public static string Inventory => Path.Combine(RepositoryRoot, "inventory");

    public static string Contoso => Path.Combine(Inventory, "examples", "contoso");

    public static string Minimal => Path.Combine(Inventory, "examples", "minimal");

    public static string Bad => Path.Combine(Inventory, "examples", "bad");

    public static string MinimalText => File.ReadAllText(Path.Combine(Minimal, "inventory.yaml"));

    /// <summary>Loads YAML text as a one-file inventory named <c>test.yaml</c>.</summary>
    public static InventoryLoadResult LoadText(string yaml) =>
        InventoryLoader.LoadFromText([new KeyValuePair<string, string>("test.yaml", yaml)]);

    /// <summary>The minimal inventory with <paramref name="old"/> replaced by <paramref name="replacement"/>; fails when <paramref name="old"/> is absent.</summary>
    public static string MinimalWith(string old, string replacement)
    {
        var text = MinimalText;
        Assert.Contains(old, text, StringComparison.Ordinal);
        return text.Replace(old, replacement, StringComparison.Ordinal);
    }
}
