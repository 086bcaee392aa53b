using Provisioner.Abstractions;

namespace Provisioner.Core.Reports;

/// <summary>
/// Aggregates per-device comparisons into findings a person acts on: stale or extra recipients, values
/// that differ the same way on many devices, unverifiable and unsupported settings, devices not checked.
/// </summary>
public static class DriftAnalyzer
{
    /// <summary>Finds what the devices have in common, from their comparisons before any change.</summary>
    /// <param name="devices">The device results, in inventory order.</param>
    /// <returns>The findings, most devices first, then by message.</returns>
    public static IReadOnlyList<DriftFinding> Analyze(IReadOnlyList<DeviceResult> devices)
    {
        ArgumentNullException.ThrowIfNull(devices);
        var findings = new List<DriftFinding>();
        findings.AddRange(RecipientFindings.Analyze(devices));
        findings.AddRange(ValueFindings(devices));
        findings.AddRange(KindFindings(devices, ComparisonKind.Unverifiable, "unverifiable", (n, key) => $"{Phrasing.Devices(n)} {Phrasing.Verb(n, "is", "are")} unverifiable (write-only {key})"));
        findings.AddRange(KindFindings(devices, ComparisonKind.NotSupported, "not-supported", (n, key) => $"{Phrasing.Devices(n)} cannot hold {key} (not supported); see the manual steps or the support matrix"));
        findings.AddRange(devices
            .Where(d => d.Failed)
            .GroupBy(d => d.Outcome)
            .Select(g => new DriftFinding("unchecked", null, $"{Phrasing.Devices(g.Count())} could not be checked or changed ({g.Key.ToKebabCase()})", [.. g.Select(d => d.Target.Name)])));
        return [.. findings.OrderByDescending(f => f.Count).ThenBy(f => f.Message, StringComparer.Ordinal)];
    }

    private static IEnumerable<DriftFinding> ValueFindings(IReadOnlyList<DeviceResult> devices) =>
        devices
            .SelectMany(d => d.Before.Where(c => c.Kind == ComparisonKind.Differs && c.Key != SettingKey.SmtpRecipients).Select(c => (Device: d.Target.Name, Comparison: c)))
            .GroupBy(x => (x.Comparison.Key, Actual: Show(x.Comparison, x.Comparison.Actual), Desired: Show(x.Comparison, x.Comparison.Desired)))
            .Select(g => new DriftFinding("value-differs", g.Key.Key.Name, ValueMessage(g.Key.Key, g.Count(), g.Key.Actual, g.Key.Desired, g.First().Comparison.Sensitive), [.. g.Select(x => x.Device)]));

    private static IEnumerable<DriftFinding> KindFindings(IReadOnlyList<DeviceResult> devices, ComparisonKind kind, string name, Func<int, string, string> message) =>
        devices
            .SelectMany(d => d.Before.Where(c => c.Kind == kind && (kind != ComparisonKind.NotSupported || c.NeedsAttention)).Select(c => (Device: d.Target.Name, c.Key)))
            .GroupBy(x => x.Key)
            .Select(g => new DriftFinding(name, g.Key.Name, message(g.Count(), g.Key.Name), [.. g.Select(x => x.Device)]));

    private static string ValueMessage(SettingKey key, int n, string actual, string desired, bool sensitive)
    {
        if (sensitive)
        {
            return $"{Phrasing.Devices(n)} {Phrasing.Verb(n, "has", "have")} a different {key.Name} than the inventory";
        }

        var says = $", the inventory says {desired}";
        return key.Name switch
        {
            "smtp.relay" => $"{Phrasing.Devices(n)} {Phrasing.Verb(n, "points", "point")} at relay {actual}{says}",
            "smtp.from" => $"{Phrasing.Devices(n)} {Phrasing.Verb(n, "sends", "send")} from {actual}{says}",
            "smtp.enabled" => $"{Phrasing.Devices(n)} {Phrasing.Verb(n, "has", "have")} alert e-mail {(actual == "true" ? "enabled" : "disabled")}{says} {(desired == "true" ? "enabled" : "disabled")}",
            _ => $"{Phrasing.Devices(n)} {Phrasing.Verb(n, "has", "have")} {key.Name} {actual}{says}",
        };
    }

    private static string Show(SettingComparison comparison, SettingValue value) => comparison.Sensitive ? Secret.Redacted : value.ToDisplayString();

    private static string Show(SettingComparison comparison, Observed? observed) => comparison.Sensitive ? Secret.Redacted : ReportValues.Display(observed);
}
