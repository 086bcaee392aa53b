using Provisioner.Abstractions;

namespace Provisioner.Core.Reports;

/// <summary>
/// Aggregates per-device comparisons into findings a person acts on: one finding per setting and kind of
/// difference (per instruction for manual steps, since each driver says what to do on its own device), naming the devices (the first few and a count), ordered by what needs action: failures,
/// settings that still differ, settings no API can set, manual steps, write-only settings, and what the
/// run fixed.
/// </summary>
public static class DriftAnalyzer
{
    /// <summary>Finds what the devices have in common, from their comparisons before any change and what apply wrote.</summary>
    /// <param name="devices">The device results, in inventory order.</param>
    /// <returns>The findings, in order of what needs action, then most devices first, then by message.</returns>
    public static IReadOnlyList<DriftFinding> Analyze(IReadOnlyList<DeviceResult> devices)
    {
        ArgumentNullException.ThrowIfNull(devices);
        var findings = new List<DriftFinding>();
        findings.AddRange(devices
            .Where(d => d.Failed)
            .GroupBy(d => d.Outcome)
            .Select(g => Finding(FindingKinds.Unchecked, null, $"{Phrasing.Devices(g.Count())} could not be checked or changed ({g.Key.ToKebabCase()})", [.. g.Select(d => d.Target.Name)])));
        findings.AddRange(RecipientFindings.Analyze(devices));
        findings.AddRange(ValueFindings.Analyze(devices));
        findings.AddRange(KindFindings(devices, c => c.Kind == ComparisonKind.NotSupported && c.NeedsAttention && !c.ByHand, FindingKinds.NotSupported, (n, key) => $"{Phrasing.Devices(n)} cannot hold {key} and no manual step is known; see the support matrix"));
        findings.AddRange(devices
            .SelectMany(d => d.ManualSteps.Select(s => (Device: d.Target.Name, Step: s, Redo: s.What.StartsWith(ManualStepAttestation.RedoPrefix, StringComparison.Ordinal))))
            .GroupBy(x => (x.Step.Key, x.Redo, Instruction: x.Redo ? string.Empty : $"{x.Step.What}\n{x.Step.Where}"))
            .Select(g => Finding(FindingKinds.ManualStep, g.Key.Key.Name, ManualMessage(g.Key.Key, g.Count(), g.Key.Redo, g.First().Step), [.. g.Select(x => x.Device)])));
        findings.AddRange(KindFindings(devices, c => c.Kind == ComparisonKind.Unverifiable, FindingKinds.Unverifiable, (n, key) => $"{Phrasing.Devices(n)} {Phrasing.Verb(n, "is", "are")} unverifiable (write-only {key})"));
        return [.. findings
            .OrderBy(f => FindingKinds.Rank(f.Kind))
            .ThenByDescending(f => f.Count)
            .ThenBy(f => f.Message, StringComparer.Ordinal)];
    }

    private static string ManualMessage(SettingKey key, int n, bool redo, ManualStep step) => redo
        ? $"{Phrasing.Devices(n)} {Phrasing.Verb(n, "needs", "need")} {key.Name} redone by hand: the inventory's value changed since it was attested"
        : $"{Phrasing.Devices(n)} {Phrasing.Verb(n, "needs", "need")} {key.Name} set by hand ({step.What}, {step.Where})";

    private static IEnumerable<DriftFinding> KindFindings(IReadOnlyList<DeviceResult> devices, Func<SettingComparison, bool> include, string kind, Func<int, string, string> message) =>
        devices
            .SelectMany(d => d.Before.Where(include).Select(c => (Device: d.Target.Name, c.Key)))
            .GroupBy(x => x.Key)
            .Select(g => Finding(kind, g.Key.Name, message(g.Count(), g.Key.Name), [.. g.Select(x => x.Device)]));

    private static DriftFinding Finding(string kind, string? setting, string message, IReadOnlyList<string> devices) =>
        new(kind, setting, $"{message}: {Phrasing.Names(devices)}", devices);
}
