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
}
