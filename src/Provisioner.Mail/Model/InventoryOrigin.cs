namespace Provisioner.Mail;

/// <summary>Which inventory a rendering came from: shown in the header of every rendered file.</summary>
/// <param name="Path">The inventory file or directory as the user named it, e.g. <c>inventory/examples/contoso</c>.</param>
/// <param name="Commit">The git commit the inventory is at, or null when it is not in a git work tree.</param>
/// <param name="Dirty">Whether the inventory has uncommitted changes relative to <paramref name="Commit"/>.</param>
public sealed record InventoryOrigin(string Path, string? Commit, bool Dirty)
{
    /// <summary>Describes the commit for a header: <c>abc123…</c>, <c>abc123… (uncommitted changes)</c> or <c>not in git</c>.</summary>
    public string DescribeCommit() => Commit is null ? "not in git" : Dirty ? $"{Commit} (uncommitted changes)" : Commit;
}
