namespace Provisioner.Core;

/// <summary>Refuses lock paths that are not plain files, with a message that says what to remove.</summary>
internal static class RunLockPath
{
    /// <summary>Throws when <paramref name="path"/> is a directory or a symbolic link (dangling or not); a missing path or a plain file passes.</summary>
    /// <exception cref="RunLockedException">The path is a directory or a link.</exception>
    public static void EnsurePlainFile(string path)
    {
        FileSystemInfo entry = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        if (entry.LinkTarget is { } target)
        {
            throw new RunLockedException($"The run lock {path} is a symbolic link (to '{target}'{(entry.ResolveLinkTarget(returnFinalTarget: true) is { Exists: true } ? string.Empty : ", which does not exist")}); provisioner does not follow links for its lock. Remove the link ('rm {path}') and run again.") { LockPath = path };
        }

        if (entry is DirectoryInfo)
        {
            throw new RunLockedException($"The run lock {path} is a directory, not a file. Remove it ('rmdir {path}') and run again; provisioner creates the file itself.") { LockPath = path };
        }
    }
}
