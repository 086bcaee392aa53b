using System.Text;
using System.Text.Json;

namespace Provisioner.Core;

/// <summary>
/// A lock file, <c>.provisioner.lock</c> next to the inventory, that stops two runs from changing the
/// same inventory's devices at once. Its first line holds pid, process start stamp, host, start time
/// and command; every device the run starts is appended as one more line, so the run that takes over
/// an abandoned lock can say which devices the interrupted run had touched (<see cref="Interrupted"/>).
/// A lock on this host is abandoned when its process no longer runs (same pid and start stamp). A lock
/// from another host cannot be checked from here: it is taken over only after the stale age or when the
/// user says so (<c>breakLock</c>). Dispose to release.
/// </summary>
public sealed class RunLock : IDisposable
{
    /// <summary>The lock file name.</summary>
    public const string FileName = ".provisioner.lock";

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
    private readonly FileStream stream;
    private readonly Lock gate = new();
    private int disposed;

    private RunLock(string path, FileStream stream, RunLockInfo info, InterruptedRun? interrupted)
    {
        Path = path;
        this.stream = stream;
        Info = info;
        Interrupted = interrupted;
    }

    /// <summary>The lock file path.</summary>
    public string Path { get; }

    /// <summary>What this lock wrote.</summary>
    public RunLockInfo Info { get; }

    /// <summary>The run whose abandoned lock this one replaced, or null when the lock was free.</summary>
    public InterruptedRun? Interrupted { get; }

    /// <summary>The lock file path for an inventory file or directory.</summary>
    /// <param name="inventoryPath">The inventory file or directory.</param>
    /// <returns>The path of <c>.provisioner.lock</c> in the inventory's directory.</returns>
    public static string PathFor(string inventoryPath)
    {
        var full = System.IO.Path.GetFullPath(inventoryPath);
        var directory = Directory.Exists(full) ? full : System.IO.Path.GetDirectoryName(full) ?? full;
        return System.IO.Path.Combine(directory, FileName);
    }

    /// <summary>Takes the lock of <paramref name="inventoryPath"/>, replacing an abandoned one (see <see cref="Interrupted"/>).</summary>
    /// <param name="inventoryPath">The inventory file or directory.</param>
    /// <param name="command">The command taking it, e.g. <c>apply</c>.</param>
    /// <param name="time">The clock for the start time and stale age.</param>
    /// <param name="staleAfter">Age after which a lock from another host counts as abandoned; default 12 hours.</param>
    /// <param name="breakLock">Take over a lock this host cannot check (another host's, or an unreadable file); never a live run's on this host.</param>
    /// <returns>The held lock.</returns>
    /// <exception cref="RunLockedException">Another run holds it, or the lock path is not a plain file or cannot be created; the message says what to do.</exception>
    public static RunLock Acquire(string inventoryPath, string command, TimeProvider time, TimeSpan? staleAfter = null, bool breakLock = false)
    {
        ArgumentNullException.ThrowIfNull(time);
        var path = PathFor(inventoryPath);
        var info = new RunLockInfo(Environment.ProcessId, Environment.MachineName, time.GetUtcNow(), command, ProcessLiveness.CurrentStartStamp());
        InterruptedRun? interrupted = null;
        for (var attempt = 0; ; attempt++)
        {
            RunLockPath.EnsurePlainFile(path);
            try
            {
                var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
                JsonSerializer.Serialize(stream, info, Json);
                stream.WriteByte((byte)'\n');
                stream.Flush(flushToDisk: true);
                return new RunLock(path, stream, info, interrupted);
            }
            catch (IOException) when (File.Exists(path) && attempt == 0)
            {
                var (holder, started) = ReadFile(path);
                var reason = RunLockJudge.AbandonedBecause(path, holder, time, staleAfter ?? TimeSpan.FromHours(12), breakLock);
                interrupted = new InterruptedRun(holder, started, reason);
                File.Delete(path);
            }
            catch (IOException ex) when (File.Exists(path))
            {
                throw new RunLockedException($"Another run took the lock {path} at the same moment. Wait for it to finish.", ex) { LockPath = path, Holder = Read(path) };
            }
            catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
            {
                throw new RunLockedException($"Cannot create the run lock {path}: {ex.Message} Check that the inventory's directory exists and is writable.", ex) { LockPath = path };
            }
        }
    }

    /// <summary>Reads the holder of a lock file; null when it is unreadable or half-written.</summary>
    /// <param name="path">The lock file.</param>
    /// <returns>The holder or null.</returns>
    public static RunLockInfo? Read(string path) => ReadFile(path).Holder;

    /// <summary>Records that the run starts <paramref name="device"/>: one line appended to the lock file (not synced to disk, so it costs one write).</summary>
    /// <param name="device">The inventory device name.</param>
    public void RecordStarted(string device)
    {
        ArgumentNullException.ThrowIfNull(device);
        var line = Encoding.UTF8.GetBytes(device.ReplaceLineEndings(" ") + "\n");
        lock (gate)
        {
            if (disposed == 0)
            {
                stream.Write(line);
                stream.Flush();
            }
        }
    }

    /// <summary>Releases the lock and deletes the file.</summary>
    public void Dispose()
    {
        lock (gate)
        {
            if (Interlocked.Exchange(ref disposed, 1) == 1)
            {
                return;
            }

            stream.Dispose();
        }

        try
        {
            File.Delete(Path);
        }
        catch (IOException)
        {
            // Already gone: another run took over a lock it judged abandoned.
        }
    }

    private static (RunLockInfo? Holder, IReadOnlyList<string> Started) ReadFile(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var first = reader.ReadLine();
            var holder = string.IsNullOrWhiteSpace(first) ? null : JsonSerializer.Deserialize<RunLockInfo>(first, Json);
            var started = new List<string>();
            while (reader.ReadLine() is { } line)
            {
                if (line.Length > 0)
                {
                    started.Add(line);
                }
            }

            return (holder, started);
        }
        catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException)
        {
            return (null, []);
        }
    }
}
