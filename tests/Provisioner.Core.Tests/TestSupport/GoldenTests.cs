using Xunit.Sdk;
using GoldenFile = Provisioner.Testing.Golden.Golden;

namespace Provisioner.Core.Tests.TestSupport;

public sealed class GoldenTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("provisioner-golden-").FullName;

    [Fact]
    public void AssertMatches_SameTextWithCrLf_Passes()
    {
        var path = Path.Combine(directory, "same.txt");
        File.WriteAllText(path, "a\r\nb\r\n");

        GoldenFile.AssertMatches("a\nb\n", path);
    }

    [Fact]
    public void AssertMatches_DifferentLine_FailsNamingTheLine()
    {
        var path = Path.Combine(directory, "diff.txt");
        File.WriteAllText(path, "a\nb\nc\n");

        var failure = Assert.Throws<FailException>(() => GoldenFile.AssertMatches("a\nB\nc\n", path));

        Assert.Contains("at line 2", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AssertMatches_MissingFile_FailsWithInstructions()
    {
        var failure = Assert.Throws<TrueException>(() => GoldenFile.AssertMatches("x", Path.Combine(directory, "missing.txt")));

        Assert.Contains(GoldenFile.UpdateVariable, failure.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
