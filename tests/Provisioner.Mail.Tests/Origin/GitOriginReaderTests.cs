namespace Provisioner.Mail.Tests;

public sealed class GitOriginReaderTests : IDisposable
{
    private readonly TempDirectory directory = new("provisioner-git-");

    public void Dispose() => directory.Dispose();

    private async Task GitAsync(params string[] arguments)
    {
        var result = await ExternalProcess.RunAsync("git", ["-C", directory.Path, "-c", "user.name=Test", "-c", "user.email=test@example.invalid", .. arguments]);
        Assert.True(result.ExitCode == 0, result.Text);
    }

    [Fact]
    public async Task ReadAsync_NotInGit_HasNoCommit()
    {
        directory.Write("inv/org.yaml", "organisation: {}\n");

        var origin = await GitOriginReader.ReadAsync(directory.Combine("inv"), CancellationToken.None);

        Assert.Null(origin.Commit);
        Assert.Equal("not in git", origin.DescribeCommit());
    }

    [Fact]
    public async Task ReadAsync_CommittedInventory_CommitAndClean()
    {
        directory.Write("inv/org.yaml", "organisation: {}\n");
        await GitAsync("init", "-q");
        await GitAsync("add", "-A");
        await GitAsync("commit", "-qm", "inventory");
        var head = (await ExternalProcess.RunAsync("git", ["-C", directory.Path, "rev-parse", "HEAD"])).Output.Trim();

        var origin = await GitOriginReader.ReadAsync(directory.Combine("inv"), CancellationToken.None);

        Assert.Equal(head, origin.Commit);
        Assert.False(origin.Dirty);
    }

    [Fact]
    public async Task ReadAsync_InventoryChangedAfterCommit_Dirty()
    {
        directory.Write("inv/org.yaml", "organisation: {}\n");
        directory.Write("other.txt", "x\n");
        await GitAsync("init", "-q");
        await GitAsync("add", "-A");
        await GitAsync("commit", "-qm", "inventory");
        directory.Write("other.txt", "changed outside the inventory\n");

        var clean = await GitOriginReader.ReadAsync(directory.Combine("inv"), CancellationToken.None);
        directory.Write("inv/org.yaml", "organisation: { name: x }\n");
        var dirty = await GitOriginReader.ReadAsync(directory.Combine("inv"), CancellationToken.None);

        Assert.False(clean.Dirty);
        Assert.True(dirty.Dirty);
        Assert.EndsWith("(uncommitted changes)", dirty.DescribeCommit(), StringComparison.Ordinal);
    }
}
