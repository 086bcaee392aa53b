using System.Buffers.Binary;

namespace Provisioner.Inventory.Files;

/// <summary>Finds out what a path names, following symbolic links, without opening it.</summary>
public static class FileProbe
{
    private const int TypeMask = 0xF000;
    private const int TypeRegular = 0x8000;
    private const int TypeDirectory = 0x4000;
    private const int ErrorLoop = 40; // ELOOP on Linux

    private static volatile bool statxMissing;

    /// <summary>Describes <paramref name="path"/> (links followed).</summary>
    /// <param name="path">The path.</param>
    /// <returns>Its kind and identity.</returns>
    public static FileIdentity Probe(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (OperatingSystem.IsLinux() && !statxMissing)
        {
            try
            {
                return ProbeLinux(path);
            }
            catch (EntryPointNotFoundException)
            {
                // A C library older than glibc 2.28 has no statx: fall back for the rest of the process.
                statxMissing = true;
            }
        }

        return ProbePortable(path);
    }

    private static FileIdentity ProbeLinux(string path)
    {
        var buffer = new byte[NativeMethods.StatxSize];
        if (NativeMethods.Statx(NativeMethods.AtFdCwd, path, 0, NativeMethods.StatxBasicStats, buffer) != 0)
        {
            var error = System.Runtime.InteropServices.Marshal.GetLastPInvokeError();
            return new FileIdentity(error == ErrorLoop ? FileKind.BrokenLink : IsLink(path) ? FileKind.BrokenLink : FileKind.Missing, Path.GetFullPath(path));
        }

        var mode = BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(NativeMethods.ModeOffset)) & TypeMask;
        var inode = BinaryPrimitives.ReadUInt64LittleEndian(buffer.AsSpan(NativeMethods.InodeOffset));
        var major = BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(NativeMethods.DeviceOffset));
        var minor = BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(NativeMethods.DeviceOffset + 4));
        var kind = mode switch
        {
            TypeRegular => FileKind.Regular,
            TypeDirectory => FileKind.Directory,
            _ => FileKind.Special,
        };
        return new FileIdentity(kind, $"{major}:{minor}:{inode}");
    }

    // Without statx (Windows, macOS) there are no FIFOs among ordinary inventory paths on Windows, and
    // on macOS a link loop still shows as an IOException when resolved.
    private static FileIdentity ProbePortable(string path)
    {
        try
        {
            FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
            if (info.LinkTarget is not null)
            {
                info = info.ResolveLinkTarget(returnFinalTarget: true) ?? info;
            }

            var kind = info switch
            {
                DirectoryInfo { Exists: true } => FileKind.Directory,
                FileInfo { Exists: true } => FileKind.Regular,
                _ => FileKind.Missing,
            };
            return new FileIdentity(kind, info.FullName);
        }
        catch (IOException)
        {
            return new FileIdentity(FileKind.BrokenLink, Path.GetFullPath(path));
        }
    }

    private static bool IsLink(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget is not null;
        }
        catch (IOException)
        {
            return true;
        }
    }
}
