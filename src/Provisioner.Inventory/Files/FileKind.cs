namespace Provisioner.Inventory.Files;

/// <summary>What a path names once symbolic links are followed.</summary>
public enum FileKind
{
    /// <summary>Nothing exists at the path (or a link points nowhere).</summary>
    Missing = 0,

    /// <summary>A regular file: the only kind that is ever opened.</summary>
    Regular = 1,

    /// <summary>A directory.</summary>
    Directory = 2,

    /// <summary>A FIFO, socket, character or block device: opening or reading it may block forever or never end.</summary>
    Special = 3,

    /// <summary>A chain of symbolic links that never ends (a loop) or cannot be followed.</summary>
    BrokenLink = 4,
}
