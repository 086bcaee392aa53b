namespace Provisioner.Mail.Tests;

/// <summary>Paths in the source tree, found from the test binaries by walking up to Provisioner.sln.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string ContosoInventory => Path.Combine(Root, "inventory", "examples", "contoso");

    public static string GoldenDirectory => Path.Combine(Root, "tests", "Provisioner.Mail.Tests", "Golden");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Provisioner.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Provisioner.sln not found above " + AppContext.BaseDirectory);
    }
}
