using System.Runtime.InteropServices;

namespace Provisioner.Inventory.Files;

/// <summary>
/// Linux <c>statx(2)</c>, the one call that tells a regular file from a FIFO or a device without opening
/// it (.NET's file APIs do not expose the file type). Its buffer layout is the same on every Linux
/// architecture, unlike <c>struct stat</c>.
/// </summary>
internal static partial class NativeMethods
{
    /// <summary>Resolve relative paths from the working directory.</summary>
    public const int AtFdCwd = -100;

    /// <summary>Ask for the file type, mode and inode.</summary>
    public const uint StatxBasicStats = 0x7ff;

    /// <summary>The size of <c>struct statx</c>.</summary>
    public const int StatxSize = 256;

    /// <summary>Offset of <c>stx_mode</c> (u16).</summary>
    public const int ModeOffset = 28;

    /// <summary>Offset of <c>stx_ino</c> (u64).</summary>
    public const int InodeOffset = 32;

    /// <summary>Offset of <c>stx_dev_major</c> (u32); <c>stx_dev_minor</c> follows.</summary>
    public const int DeviceOffset = 136;

    /// <summary>Calls <c>statx</c>, following symbolic links.</summary>
    /// <param name="dirfd">Always <see cref="AtFdCwd"/>.</param>
    /// <param name="path">The path.</param>
    /// <param name="flags">0: follow links.</param>
    /// <param name="mask">The fields wanted.</param>
    /// <param name="buffer">Receives <c>struct statx</c>; <see cref="StatxSize"/> bytes.</param>
    /// <returns>0, or -1 with errno set.</returns>
    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static partial int Statx(int dirfd, string path, int flags, uint mask, [Out] byte[] buffer);
}
