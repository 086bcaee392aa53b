using Provisioner.Abstractions;

namespace Provisioner.Drivers.SnmpCommon;

/// <summary>
/// What a setting may look at while it encodes a change: every change of the same request (settings
/// that share objects, such as recipients with per-slot levels and a derived minimum severity, agree on
/// one set of bindings) and, for settings that ask for it, what the device holds now.
/// </summary>
/// <param name="Changes">Every change of the request.</param>
/// <param name="Current">What the device holds, for settings with <see cref="SnmpSetting.EncodeNeedsCurrent"/>; null otherwise.</param>
public sealed record SnmpWriteContext(IReadOnlyList<SettingChange> Changes, SnmpFetch? Current)
{
    /// <summary>The change of <paramref name="key"/> in the same request, or null.</summary>
    /// <param name="key">A catalogue key.</param>
    /// <returns>The change or null.</returns>
    public SettingChange? ChangeOf(SettingKey key)
    {
        for (var i = 0; i < Changes.Count; i++)
        {
            if (Changes[i].Key.Equals(key))
            {
                return Changes[i];
            }
        }

        return null;
    }
}
