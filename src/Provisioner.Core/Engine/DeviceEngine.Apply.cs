using Provisioner.Abstractions;

namespace Provisioner.Core;

/// <summary>The apply phase: snapshot, write the differences, commit, read back, verify, restore on mismatch.</summary>
public sealed partial class DeviceEngine
{
    private async Task<DeviceOutcome> ApplyAsync(
        DeviceWork work, IDriverSession session, DriverDescriptor descriptor, DesiredState desired, List<SettingComparison> toWrite, CancellationToken cancellationToken)
    {
        var changes = toWrite.Select(c => new SettingChange(c.Key, c.Desired) { Previous = c.Actual }).ToList();
        work.Changes = changes;
        var writeStarted = time.GetTimestamp();
        var snapshot = await TakeSnapshotAsync(work, session, changes, cancellationToken);
        var write = await session.WriteAsync(new WriteRequest { Changes = changes }, cancellationToken);
        work.Add(write.Diagnostics);
        var statuses = changes.ToDictionary(c => c.Key, c => write.Statuses.TryGetValue(c.Key, out var s) ? s : WriteStatus.NotAttempted);
        var rejected = statuses.Where(s => s.Value == WriteStatus.Rejected).Select(s => s.Key).ToList();
        foreach (var key in rejected.Where(k => !write.Diagnostics.Errors.Any(d => d.Path?.StartsWith(k.Name, StringComparison.Ordinal) == true)))
        {
            work.Add(Diagnostic.Error("device.rejected", $"Device rejected {key.Name}", "The device refused the value without saying why; check it against the device's documentation.") with { Path = key.Name });
        }

        var committed = rejected.Count == 0 && await CommitAsync(work, session, changes, cancellationToken);
        if (rejected.Count > 0 || !committed)
        {
            var applied = changes.Where(c => statuses[c.Key] == WriteStatus.Applied).ToList();
            if (applied.Count > 0)
            {
                await RestoreAsync(work, session, descriptor, snapshot, applied, cancellationToken);
            }

            work.Write = time.GetElapsedTime(writeStarted);
            return DeviceOutcome.Rejected;
        }

        work.Write = time.GetElapsedTime(writeStarted);
        var verifyStarted = time.GetTimestamp();
        try
        {
            var keys = desired.Values.Keys.Where(k => descriptor.Find(k) is not null).ToHashSet();
            var readBack = await ReadAsync(session.ReadAsync, keys, cancellationToken);
            work.Add(readBack.Diagnostics);
            if (ReadContractViolation(keys, readBack) is { } violation)
            {
                work.Add(violation);
                return DeviceOutcome.Error;
            }

            work.ReadBack = ThreeWayComparer.Compare(desired.Values, readBack.Values, descriptor, work.Target.Desired.MinimumSeverity);
            var mismatches = work.ReadBack.Where(c => c.Kind == ComparisonKind.Differs && statuses.TryGetValue(c.Key, out var s) && s == WriteStatus.Applied).ToList();
            if (mismatches.Count == 0)
            {
                return DeviceOutcome.Changed;
            }

            foreach (var m in mismatches)
            {
                var held = m.Sensitive ? Secret.Redacted : Display(m.Actual);
                var wrote = m.Sensitive ? Secret.Redacted : m.Desired.ToDisplayString();
                work.Add(Diagnostic.Error("verify.mismatch", $"Read-back of {m.Key.Name} differs from what was written", $"Wrote {wrote}, the device holds {held}. The device accepted the write but did not keep it; the engine restores the previous values.") with { Path = m.Key.Name });
            }

            var restored = await RestoreAsync(work, session, descriptor, snapshot, changes, cancellationToken);
            return restored ? DeviceOutcome.Reverted : DeviceOutcome.VerifyMismatch;
        }
        finally
        {
            work.Verify = time.GetElapsedTime(verifyStarted);
        }
    }

    private static string Display(Observed? observed) => observed switch
    {
        Observed.Known k => k.Value.ToDisplayString(),
        Observed.Absent => "(empty)",
        Observed.WriteOnly => "(write-only)",
        Observed.NotSupported => "(not supported)",
        _ => "(not read)",
    };

    private static async ValueTask<DeviceSnapshot> TakeSnapshotAsync(DeviceWork work, IDriverSession session, List<SettingChange> changes, CancellationToken cancellationToken)
    {
        if (session is ISupportsSnapshot snapshots)
        {
            var response = await snapshots.SnapshotAsync(new SnapshotRequest { Keys = changes.Select(c => c.Key).ToHashSet() }, cancellationToken);
            work.Add(response.Diagnostics);
            return response.Snapshot;
        }

        return new DeviceSnapshot { Values = changes.Where(c => c.Previous is not null).ToDictionary(c => c.Key, c => c.Previous!) };
    }

    private static async ValueTask<bool> CommitAsync(DeviceWork work, IDriverSession session, List<SettingChange> changes, CancellationToken cancellationToken)
    {
        if (session is not ISupportsCommit commits)
        {
            return true;
        }

        var response = await commits.CommitAsync(new CommitRequest { Written = [.. changes.Select(c => c.Key)] }, cancellationToken);
        work.Add(response.Diagnostics);
        if (!response.Committed && !response.Diagnostics.HasErrors)
        {
            work.Add(Diagnostic.Error("device.commitRefused", "Device refused to commit the changes", "The written values did not take effect; check the device's event log."));
        }

        return response.Committed;
    }
}
