using Provisioner.Abstractions;

namespace Provisioner.Core;

/// <summary>Restoring the snapshot taken before writing, and proving it by reading back.</summary>
public sealed partial class DeviceEngine
{
    private async ValueTask<bool> RestoreAsync(
        DeviceWork work, IDriverSession session, DriverDescriptor descriptor, DeviceSnapshot snapshot, List<SettingChange> changes, CancellationToken cancellationToken)
    {
        try
        {
            var complete = session is ISupportsSnapshot snapshots
                ? await RestoreThroughDriverAsync(work, snapshots, snapshot, cancellationToken)
                : await RestoreByWritingAsync(work, session, snapshot, changes, cancellationToken);
            if (complete && session is ISupportsCommit)
            {
                complete = await CommitAsync(work, session, changes, cancellationToken);
            }

            return complete && await RestoreVerifiedAsync(work, session, descriptor, changes, cancellationToken);
        }
        catch (DeviceException ex)
        {
            var (_, diagnostic) = FaultClassifier.Classify(ex, work.Target.Name, redactor);
            work.Add(diagnostic with { Code = "restore.failed", Summary = "Restoring the previous values failed" });
            return false;
        }
    }

    private static async ValueTask<bool> RestoreThroughDriverAsync(DeviceWork work, ISupportsSnapshot snapshots, DeviceSnapshot snapshot, CancellationToken cancellationToken)
    {
        var response = await snapshots.RestoreAsync(new RestoreRequest { Snapshot = snapshot }, cancellationToken);
        work.Add(response.Diagnostics);
        return response.Restored;
    }

    private static async ValueTask<bool> RestoreByWritingAsync(DeviceWork work, IDriverSession session, DeviceSnapshot snapshot, List<SettingChange> changes, CancellationToken cancellationToken)
    {
        var restore = new List<SettingChange>();
        foreach (var change in changes)
        {
            var previous = snapshot.Values.GetValueOrDefault(change.Key);
            SettingValue? value = previous switch
            {
                Observed.Known k => k.Value,
                Observed.Absent => EmptyValue(change.Key.Type),
                _ => null,
            };
            if (value is null)
            {
                work.Add(Diagnostic.Warning("restore.unrestorable", $"{change.Key.Name} cannot be restored", "Its previous value was never readable (write-only); it keeps the value just written.") with { Path = change.Key.Name });
                continue;
            }

            restore.Add(new SettingChange(change.Key, value));
        }

        if (restore.Count == 0)
        {
            return true;
        }

        var response = await session.WriteAsync(new WriteRequest { Changes = restore }, cancellationToken);
        work.Add(response.Diagnostics);
        return restore.TrueForAll(c => response.Statuses.GetValueOrDefault(c.Key, WriteStatus.NotAttempted) == WriteStatus.Applied);
    }

    /// <summary>Reads back the changed keys and checks they hold what was read before the write.</summary>
    private async ValueTask<bool> RestoreVerifiedAsync(DeviceWork work, IDriverSession session, DriverDescriptor descriptor, List<SettingChange> changes, CancellationToken cancellationToken)
    {
        var expected = changes
            .Select(c => (c.Key, Value: c.Previous switch { Observed.Known k => k.Value, Observed.Absent => EmptyValue(c.Key.Type), _ => null }))
            .Where(p => p.Value is not null)
            .ToDictionary(p => p.Key, p => SettingNormalizer.Normalize(p.Key, p.Value!, descriptor.Recipients, work.Target.Desired.MinimumSeverity));
        if (expected.Count == 0)
        {
            return true;
        }

        var read = await ReadAsync(session.ReadAsync, [.. expected.Keys], cancellationToken);
        var comparisons = ThreeWayComparer.Compare(expected, read.Values, descriptor, work.Target.Desired.MinimumSeverity);
        var wrong = comparisons.Where(c => c.Kind == ComparisonKind.Differs).ToList();
        foreach (var c in wrong)
        {
            work.Add(Diagnostic.Error("restore.mismatch", $"{c.Key.Name} is not back to its previous value", "The device did not keep the restored value either; set it by hand and check the device.") with { Path = c.Key.Name });
        }

        return wrong.Count == 0;
    }

    private static SettingValue? EmptyValue(SettingType type) => type switch
    {
        SettingType.Text or SettingType.Email or SettingType.IpAddress => new TextValue(string.Empty),
        SettingType.RecipientList => new RecipientsValue([]),
        _ => null,
    };
}
