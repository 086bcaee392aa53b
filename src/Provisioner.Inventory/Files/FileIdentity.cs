namespace Provisioner.Inventory.Files;

/// <summary>What a path names, and which file it is (device and inode), so that a file reached twice through links is recognised.</summary>
/// <param name="Kind">The kind of file.</param>
/// <param name="Key">A key equal for two paths naming the same file: device and inode where the system gives them, else the full path.</param>
public sealed record FileIdentity(FileKind Kind, string Key);
