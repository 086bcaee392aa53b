namespace Provisioner.Core;

/// <summary>Decides whether an existing lock is abandoned (and why) or still held (then throws, naming the holder and what to do).</summary>
internal static class RunLockJudge
{
    /// <summary>Returns why the lock at <paramref name="path"/> may be taken over.</summary>
    /// <exception cref="RunLockedException">The lock is held, or this host cannot tell and the user did not say to take it.</exception>
    public static string AbandonedBecause(string path, RunLockInfo? holder, TimeProvider time, TimeSpan staleAfter, bool breakLock)
    {
        if (holder is null)
        {
            var age = DateTime.UtcNow - File.GetLastWriteTimeUtc(path);
            if (age < TimeSpan.FromMinutes(1) && !breakLock)
            {
                throw Held(path, null, $"Another run is writing the lock {path} (unreadable, written {age.TotalSeconds:0} s ago). Wait for it to finish; if no run is going on, delete the file or run again with --break-lock.");
            }

            return breakLock ? "unreadable lock file, taken over with --break-lock" : "unreadable lock file older than a minute";
        }

        if (string.Equals(holder.Host, Environment.MachineName, StringComparison.OrdinalIgnoreCase))
        {
            // A lock written before start stamps were recorded: a process younger than the lock is not its writer.
            var reused = holder.ProcessStart is null && ProcessLiveness.StartedAfter(holder.ProcessId, holder.StartedAt);
            if (!reused && ProcessLiveness.IsRunning(holder.ProcessId, holder.ProcessStart))
            {
                throw Held(path, holder, $"Another run holds the lock {path} ({holder}) and is still running. Wait for it to finish.");
            }

            return ProcessLiveness.IsRunning(holder.ProcessId, null)
                ? $"pid {holder.ProcessId} now belongs to another process"
                : $"its process {holder.ProcessId} no longer runs";
        }

        var held = time.GetUtcNow() - holder.StartedAt;
        if (breakLock)
        {
            return $"held by host {holder.Host}, taken over with --break-lock";
        }

        if (held > staleAfter)
        {
            return $"held by host {holder.Host} for {held.TotalHours:0} h, longer than any run";
        }

        throw Held(path, holder, $"The lock {path} is held by host {holder.Host} ({holder}); this host cannot tell whether that run still goes on. If it does, wait for it. If it does not (the run or the host died), delete the file or run again with --break-lock.");
    }

    private static RunLockedException Held(string path, RunLockInfo? holder, string message) =>
        new(message) { LockPath = path, Holder = holder };
}
