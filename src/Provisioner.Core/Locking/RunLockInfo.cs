namespace Provisioner.Core;

/// <summary>Who holds a run lock: what the first line of the lock file contains.</summary>
/// <param name="ProcessId">The holder's process id.</param>
/// <param name="Host">The holder's machine name.</param>
/// <param name="StartedAt">When the holder took the lock.</param>
/// <param name="Command">The holder's command, e.g. <c>apply</c>.</param>
/// <param name="ProcessStart">The holder's process start stamp (<see cref="ProcessLiveness.StartStamp"/>), so a reused process id is not taken for the holder; null in files written before it was recorded.</param>
public sealed record RunLockInfo(int ProcessId, string Host, DateTimeOffset StartedAt, string Command, string? ProcessStart = null)
{
    /// <summary>Returns e.g. <c>apply, pid 4242 on host ops-1, started 2026-11-30T11:00:00Z</c>.</summary>
    public override string ToString() => $"{Command}, pid {ProcessId} on host {Host}, started {StartedAt:u}";
}
