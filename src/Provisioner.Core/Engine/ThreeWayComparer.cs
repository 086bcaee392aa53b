using Provisioner.Abstractions;

namespace Provisioner.Core;

/// <summary>Compares desired with observed values: match, differs, unverifiable (write-only) or not supported.</summary>
public static class ThreeWayComparer
{
    /// <summary>Compares every desired key with what the device reported.</summary>
    /// <param name="desired">The normalised desired values.</param>
    /// <param name="observed">What the driver read; keys the driver does not support may be missing.</param>
    /// <param name="descriptor">The driver's descriptor.</param>
    /// <param name="recipientDefault">The level assumed for recipients without one (see <see cref="SettingNormalizer"/>).</param>
    /// <returns>One comparison per desired key, in catalogue order.</returns>
    public static IReadOnlyList<SettingComparison> Compare(
        IReadOnlyDictionary<SettingKey, SettingValue> desired,
        IReadOnlyDictionary<SettingKey, Observed> observed,
        DriverDescriptor descriptor,
        AlertSeverity recipientDefault)
    {
        ArgumentNullException.ThrowIfNull(desired);
        ArgumentNullException.ThrowIfNull(observed);
        ArgumentNullException.ThrowIfNull(descriptor);
        var result = new List<SettingComparison>(desired.Count);
        foreach (var (key, want) in desired.OrderBy(p => p.Key, SettingKey.CatalogueOrder))
        {
            var setting = descriptor.Find(key);
            observed.TryGetValue(key, out var actual);
            if (actual is Observed.Known known)
            {
                actual = new Observed.Known(SettingNormalizer.Normalize(key, known.Value, descriptor.Recipients, recipientDefault));
            }

            var kind = Classify(setting, want, actual);
            result.Add(new SettingComparison(key, kind, want, actual)
            {
                Sensitive = setting?.Sensitive ?? key.Type == SettingType.Secret,
                Writable = setting is { Access: not SettingAccess.ReadOnly },
                ByHand = setting is { Access: SettingAccess.ReadOnly, ManualStep: not null },
            });
        }

        return result;
    }

    private static ComparisonKind Classify(SettingDescriptor? setting, SettingValue want, Observed? actual) => (setting, actual) switch
    {
        (null, _) => ComparisonKind.NotSupported,
        (_, Observed.NotSupported) => ComparisonKind.NotSupported,
        ({ Access: SettingAccess.WriteOnly }, _) => ComparisonKind.Unverifiable,
        (_, Observed.WriteOnly) => ComparisonKind.Unverifiable,
        (_, Observed.Absent) => want.IsEmpty ? ComparisonKind.Match : ComparisonKind.Differs,
        (_, Observed.Known known) => Equals(known.Value, want) ? ComparisonKind.Match : ComparisonKind.Differs,
        _ => ComparisonKind.NotSupported,
    };
}
