using Provisioner.Abstractions;

namespace Provisioner.Core;

/// <summary>Decides a device's outcome from its comparisons when nothing failed.</summary>
internal static class OutcomeRules
{
    /// <summary>
    /// would-change when a writable setting differs (plan/diff only), not-supported when a setting the
    /// inventory asks for cannot be held or set over the API and no manual step covers it, unverifiable
    /// when only write-only settings remain uncompared, ok otherwise. Settings a person sets by hand
    /// never decide the outcome: their steps go to the rollout checklist.
    /// </summary>
    public static DeviceOutcome FromComparisons(IReadOnlyList<SettingComparison> comparisons, bool writesPending)
    {
        if (writesPending)
        {
            return DeviceOutcome.WouldChange;
        }

        if (comparisons.Any(c => c.NeedsAttention && !c.ByHand))
        {
            return DeviceOutcome.NotSupported;
        }

        return comparisons.Any(c => c.Kind == ComparisonKind.Unverifiable) ? DeviceOutcome.Unverifiable : DeviceOutcome.Ok;
    }

    /// <summary>The settings apply writes: writable differing ones, plus write-only ones by policy.</summary>
    public static List<SettingComparison> ToWrite(IReadOnlyList<SettingComparison> comparisons, WriteOnlyPolicy policy)
    {
        var differing = comparisons.Where(c => c.Kind == ComparisonKind.Differs && c.Writable).ToList();
        var writeOnly = comparisons.Where(c => c.Kind == ComparisonKind.Unverifiable && c.Writable && !c.Desired.IsEmpty);
        var includeWriteOnly = policy == WriteOnlyPolicy.Always || (policy == WriteOnlyPolicy.WithOtherChanges && differing.Count > 0);
        if (includeWriteOnly)
        {
            differing.AddRange(writeOnly);
        }

        return [.. differing.OrderBy(c => c.Key, SettingKey.CatalogueOrder)];
    }
}
