namespace Provisioner.Mail.Tests;

/// <summary>
/// Compares rendered text with a golden file in the source tree. With
/// <c>PROVISIONER_UPDATE_GOLDEN=1</c> the golden file is rewritten instead (review the diff!).
/// </summary>
internal static class GoldenFile
{
    public static void AssertMatches(string actual, params string[] relativePath)
    {
        var path = Path.Combine([RepositoryPaths.GoldenDirectory, .. relativePath]);
        if (Environment.GetEnvironmentVariable("PROVISIONER_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"Golden file {path} is missing; run the tests with PROVISIONER_UPDATE_GOLDEN=1 to create it.");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Equal(expected, actual);
    }
}
