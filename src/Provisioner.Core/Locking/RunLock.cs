using System.Diagnostics;
using System.Text.Json;

namespace Provisioner.Core;

/// <summary>
/// A lock file, <c>.provisioner.lock</c> next to the inventory, that stops two runs from changing the
/// same inventory's devices at once. It holds pid, host, start time and command. A lock is stale, and
/// taken over, when its process no longer runs on this host, or it is older than the stale age
/// (for holders on other hosts). Dispose to release.
/// </summary>
public sealed class RunLock : IDisposable
{
    /// <summary>The lock file name.</summary>
    public const string FileName = ".provisioner.lock";

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
    private readonly FileStream stream;
    private int disposed;

    private RunLock(string path, FileStream stream, RunLockInfo info)
    {
        Path = path;
        this.stream = stream;
        Info = info;
    }

    /// <summary>The lock file path.</summary>
    public string Path { get; }

    /// <summary>What this lock wrote.</summary>
    public RunLockInfo Info { get; }

    /// <summary>The lock file path for an inventory file or directory.</summary>
    /// <param name="inventoryPath">The inventory file or directory.</param>
    /// <returns>The path of <c>.provisioner.lock</c> in the inventory's directory.</returns>
    public static string PathFor(string inventoryPath)
    {
        var full = System.IO.Path.GetFullPath(inventoryPath);
        var directory = Directory.Exists(full) ? full : System.IO.Path.GetDirectoryName(full) ?? full;
        return System.IO.Path.Combine(directory, FileName);
    }

    /// <summary>Takes the lock of <paramref name="inventoryPath"/>, replacing a stale one.</summary>
    /// <param name="inventoryPath">The inventory file or directory.</param>
    /// <param name="command">The command taking it, e.g. <c>apply</c>.</param>
    /// <param name="time">The clock for the start time and stale age.</param>
    /// <param name="staleAfter">Age after which a lock from another host counts as stale; default 12 hours.</param>
    /// <returns>The held lock.</returns>
    /// <exception cref="RunLockedException">Another live run holds it.</exception>
    public static RunLock Acquire(string inventoryPath, string command, TimeProvider time, TimeSpan? staleAfter = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        var path = PathFor(inventoryPath);
        var info = new RunLockInfo(Environment.ProcessId, Environment.MachineName, time.GetUtcNow(), command);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var stream = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Read);
                JsonSerializer.Serialize(stream, info, Json);
                stream.Flush(flushToDisk: true);
                return new RunLock(path, stream, info);
            }
            catch (IOException) when (File.Exists(path) && attempt == 0)
            {
                var holder = Read(path);
                var halfWritten = holder is null && DateTime.UtcNow - File.GetLastWriteTimeUtc(path) < TimeSpan.FromMinutes(1);
                if (halfWritten || (holder is not null && !IsStale(holder, time, staleAfter ?? TimeSpan.FromHours(12))))
                {
                    throw new RunLockedException($"Another run holds the lock {path} ({holder}). Wait for it to finish; if that process is gone, delete the file.")
                    {
                        LockPath = path,
                        Holder = holder,
                    };
                }

                File.Delete(path);
            }
            catch (IOException ex) when (File.Exists(path))
            {
                throw new RunLockedException($"Another run took the lock {path} at the same moment. Wait for it to finish.", ex) { LockPath = path, Holder = Read(path) };
            }
        }
    }

    /// <summary>Reads the holder of a lock file; null when it is unreadable or half-written (an unreadable file younger than a minute still counts as held).</summary>
    /// <param name="path">The lock file.</param>
    /// <returns>The holder or null.</returns>
    public static RunLockInfo? Read(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            return JsonSerializer.Deserialize<RunLockInfo>(stream, Json);
        }
        catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Releases the lock and deletes the file.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        stream.Dispose();
        try
        {
            File.Delete(Path);
        }
        catch (IOException)
        {
            // Already gone: another run took over a lock it judged stale.
        }
    }

    private static bool IsStale(RunLockInfo holder, TimeProvider time, TimeSpan staleAfter)
    {
        if (string.Equals(holder.Host, Environment.MachineName, StringComparison.OrdinalIgnoreCase))
        {
            return !IsRunning(holder.ProcessId);
        }

        return time.GetUtcNow() - holder.StartedAt > staleAfter;
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
