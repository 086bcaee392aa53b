using Provisioner.Abstractions;
using Provisioner.Cli.Infrastructure;

namespace Provisioner.Cli.Tests;

public sealed class EnvironmentSecretResolverTests
{
    [Fact]
    public void Resolve_SetVariable_ReturnsItsValue()
    {
        var resolver = new EnvironmentSecretResolver(name => name == "NY_COMMUNITY" ? "c0mmunity" : null);

        Assert.Equal("c0mmunity", resolver.Resolve(new SecretReference(SecretScheme.Environment, "NY_COMMUNITY")).Reveal());
    }

    [Fact]
    public void Resolve_UnsetVariable_NamesTheReferenceAndWhatToDo()
    {
        var resolver = new EnvironmentSecretResolver(_ => null);

        var ex = Assert.Throws<SecretResolutionException>(() => resolver.Resolve(new SecretReference(SecretScheme.Environment, "NY_COMMUNITY")));

        Assert.Contains("env:NY_COMMUNITY", ex.Message, StringComparison.Ordinal);
        Assert.Contains("export", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resolve_File_ReturnsFirstLineWithoutNewline()
    {
        var path = Path.GetTempFileName();
        await File.WriteAllTextAsync(path, "s3cret-line\nsecond\n");

        Assert.Equal("s3cret-line", new EnvironmentSecretResolver(_ => null).Resolve(new SecretReference(SecretScheme.File, path)).Reveal());
        File.Delete(path);
    }

    [Fact]
    public void Resolve_MissingFile_NeverShowsAValue()
    {
        var ex = Assert.Throws<SecretResolutionException>(() => new EnvironmentSecretResolver(_ => null).Resolve(new SecretReference(SecretScheme.File, "/nonexistent/pw")));

        Assert.Contains("file:/nonexistent/pw", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/dev/zero", "not a regular file")]
    [InlineData("/tmp", "is a directory")]
    [InlineData("/nonexistent/pw", "does not exist")]
    public void Resolve_NotARegularFile_RefusedBeforeReading(string path, string why)
    {
        var ex = Assert.Throws<SecretResolutionException>(() => new EnvironmentSecretResolver(_ => null).Resolve(new SecretReference(SecretScheme.File, path)));

        Assert.Contains($"file:{path}", ex.Message, StringComparison.Ordinal);
        Assert.Contains(why, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_Fifo_RefusedWithoutBlocking()
    {
        var path = Path.Combine(Path.GetTempPath(), "pw-" + Guid.NewGuid().ToString("N"));
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]))
        {
            mkfifo.WaitForExit();
        }

        try
        {
            var ex = Assert.Throws<SecretResolutionException>(() => new EnvironmentSecretResolver(_ => null).Resolve(new SecretReference(SecretScheme.File, path)));
            Assert.Contains("not a regular file", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Resolve_LargeFile_RefusedAtTheLimit()
    {
        var path = Path.GetTempFileName();
        await File.WriteAllTextAsync(path, "x" + new string('y', 70 * 1024));

        var ex = Assert.Throws<SecretResolutionException>(() => new EnvironmentSecretResolver(_ => null).Resolve(new SecretReference(SecretScheme.File, path)));

        Assert.Contains("larger than 65,536 bytes", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("yyyy", ex.Message, StringComparison.Ordinal);
        File.Delete(path);
    }

    [Theory]
    [InlineData("pass word \r\n", "pass word ")]
    [InlineData("  s3cret\n\n", "  s3cret")]
    [InlineData("no-newline", "no-newline")]
    public async Task Resolve_File_RemovesOneLineEndOnly(string content, string expected)
    {
        var path = Path.GetTempFileName();
        await File.WriteAllTextAsync(path, content);

        Assert.Equal(expected, new EnvironmentSecretResolver(_ => null).Resolve(new SecretReference(SecretScheme.File, path)).Reveal());
        File.Delete(path);
    }

    [Fact]
    public async Task Resolve_EmptyFile_Refused()
    {
        var path = Path.GetTempFileName();
        await File.WriteAllTextAsync(path, "\n");

        var ex = Assert.Throws<SecretResolutionException>(() => new EnvironmentSecretResolver(_ => null).Resolve(new SecretReference(SecretScheme.File, path)));

        Assert.Contains("is empty", ex.Message, StringComparison.Ordinal);
        File.Delete(path);
    }
}
