using Provisioner.Abstractions;
using Provisioner.Inventory.Tests.Support;

namespace Provisioner.Inventory.Tests.Secrets;

public sealed class ReferenceSecretResolverTests
{
    [Fact]
    public async Task LoadAsync_RelativeFileReference_ResolvesFromTheInventoryFile()
    {
        var directory = Path.Combine(Examples.Bad, "PV019-trivial-community");

        var inventory = (await InventoryLoader.LoadAsync(Path.Combine(directory, "inventory.yaml"), CancellationToken.None)).Inventory!;

        var community = inventory.Credentials["snmp-short"].Snmp!.Community!;
        Assert.Equal(Path.Combine(directory, "secrets", "short.txt"), community.Target);
        Assert.Equal("k9x!q", new ReferenceSecretResolver(_ => null).Resolve(community).Reveal());
    }

    [Fact]
    public void Resolve_DevZero_RefusedNamingTheReference()
    {
        var reference = new SecretReference(SecretScheme.File, "/dev/zero");

        var ex = Assert.Throws<SecretResolutionException>(() => new ReferenceSecretResolver(_ => null).Resolve(reference));

        Assert.Equal(reference, ex.Reference);
        Assert.StartsWith("Secret file:/dev/zero cannot be read: it is not a regular file", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resolve_NotUtf8_RefusedWithoutTheValue()
    {
        var path = Path.GetTempFileName();
        await File.WriteAllBytesAsync(path, [(byte)'p', 0xE4, (byte)'s', (byte)'s']);

        var ex = Assert.Throws<SecretResolutionException>(() => new ReferenceSecretResolver(_ => null).Resolve(new SecretReference(SecretScheme.File, path)));

        Assert.Contains("not UTF-8 text (line 1, column 2)", ex.Message, StringComparison.Ordinal);
        File.Delete(path);
    }
}
