namespace Provisioner.Core;

/// <summary>
/// A run that ended without releasing its lock (killed, crashed, power loss), found when the next run
/// took the lock over: who it was and which devices it had started, whose state may be half-changed.
/// </summary>
/// <param name="Holder">The interrupted run, or null when its lock file was unreadable.</param>
/// <param name="StartedDevices">The devices it had started, in start order (it may have finished some of them).</param>
/// <param name="Reason">Why the lock counted as abandoned, e.g. <c>its process no longer runs</c>.</param>
public sealed record InterruptedRun(RunLockInfo? Holder, IReadOnlyList<string> StartedDevices, string Reason)
{
    /// <summary>A warning for standard error that names the run, the reason and the devices to check.</summary>
    /// <returns>One or two lines of text.</returns>
    public string Describe()
    {
        var who = Holder is null ? "A previous run (unreadable lock file)" : $"The previous run ({Holder})";
        var devices = StartedDevices.Count == 0
            ? "It had not started any device."
            : $"It had started {StartedDevices.Count} device(s), which may be half-changed: {string.Join(", ", StartedDevices)}. Check them with 'provisioner plan'.";
        return $"{who} was interrupted ({Reason}); its lock was taken over. {devices}";
    }
}
