using Provisioner.Abstractions;

namespace Provisioner.Core.Reports;

/// <summary>
/// Findings about single values (relay, sender, port...): one finding per setting and kind of difference,
/// however many devices share it. A value that carries the device's own name groups as one kind
/// ("their own &lt;name&gt;@contoso.com"); a setting with many different wrong values collapses into one line.
/// After apply, what was written and verified reads as fixed; what was not reads as still differing.
/// </summary>
internal static class ValueFindings
{
    /// <summary>Past this many different device values for one wanted value, they collapse into one finding.</summary>
    private const int DistinctValuesShown = 3;

    public static IEnumerable<DriftFinding> Analyze(IReadOnlyList<DeviceResult> devices)
    {
        var rows = devices
            .SelectMany(d => d.Before
                .Where(c => c.Kind == ComparisonKind.Differs && c.Key != SettingKey.SmtpRecipients)
                .Select(c => new Row(d.Target.Name, c, Show(c, c.Actual), Show(c, c.Desired), FindingStatus.IsFixed(d, c.Key), d.Mode == RunMode.Apply)))
            .ToList();
        foreach (var wanted in rows.GroupBy(r => (r.Comparison.Key, r.Fixed, Desired: r.DesiredTemplate)))
        {
            var byActual = wanted.GroupBy(r => r.ActualTemplate).ToList();
            if (byActual.Count > DistinctValuesShown)
            {
                yield return Finding(wanted.Key.Fixed, wanted.Key.Key, [.. wanted], Collapsed(wanted.Key.Key, [.. wanted], byActual.Count));
                continue;
            }

            foreach (var same in byActual)
            {
                yield return Finding(wanted.Key.Fixed, wanted.Key.Key, [.. same], Message([.. same]));
            }
        }
    }

    private static DriftFinding Finding(bool isFixed, SettingKey key, List<Row> rows, string message) =>
        new(isFixed ? FindingKinds.Fixed : FindingKinds.ValueDiffers, key.Name, $"{message}: {Phrasing.Names([.. rows.Select(r => r.Device)])}", [.. rows.Select(r => r.Device)]);

    private static string Message(List<Row> rows)
    {
        var first = rows[0];
        var n = rows.Count;
        var key = first.Comparison.Key;
        var actual = Value(rows, r => r.ActualTemplate, r => r.Actual, key);
        var desired = Value(rows, r => r.DesiredTemplate, r => r.Desired, key);
        if (first.Fixed)
        {
            return first.Comparison.Sensitive ? $"{key.Name} fixed on {Phrasing.Devices(n)}" : $"{Label(key)} {actual} → {desired} fixed on {Phrasing.Devices(n)}";
        }

        var still = first.Apply ? "still " : string.Empty;
        if (first.Comparison.Sensitive)
        {
            return $"{Phrasing.Devices(n)} {still}{Phrasing.Verb(n, "has", "have")} a different {key.Name} than the inventory";
        }

        var instead = $"instead of {desired}{(key == SettingKey.SmtpFrom && n > 1 && Phrasing.PerDevice(first.DesiredTemplate) ? " sender" : string.Empty)}";
        return key.Name switch
        {
            "smtp.relay" => $"{Phrasing.Devices(n)} {still}{Phrasing.Verb(n, "points", "point")} at relay {actual} {instead}",
            "smtp.from" => $"{Phrasing.Devices(n)} {still}{Phrasing.Verb(n, "sends", "send")} from {actual} {instead}",
            "smtp.enabled" => $"{Phrasing.Devices(n)} {still}{Phrasing.Verb(n, "has", "have")} alert e-mail {actual} {instead}",
            _ => $"{Phrasing.Devices(n)} {still}{Phrasing.Verb(n, "has", "have")} {key.Name} {actual} {instead}",
        };
    }

    private static string Collapsed(SettingKey key, List<Row> rows, int distinct)
    {
        var n = rows.Count;
        var desired = Value(rows, r => r.DesiredTemplate, r => r.Desired, key);
        return rows[0].Fixed
            ? $"{Label(key)} → {desired} fixed on {Phrasing.Devices(n)} (from {distinct} different values)"
            : $"{Phrasing.Devices(n)} {(rows[0].Apply ? "still " : string.Empty)}{Phrasing.Verb(n, "has", "have")} {key.Name} other than {desired} ({distinct} different values)";
    }

    /// <summary>The concrete value for one device; the shared value, or "their own &lt;name&gt;…", for many.</summary>
    private static string Value(List<Row> rows, Func<Row, string> template, Func<Row, string> concrete, SettingKey key)
    {
        var text = rows.Count == 1 ? concrete(rows[0]) : Phrasing.PerDevice(template(rows[0])) ? $"their own {template(rows[0])}" : template(rows[0]);
        return key == SettingKey.SmtpEnabled ? text switch { "true" => "enabled", "false" => "disabled", _ => text } : text;
    }

    private static string Label(SettingKey key) => key.Name switch
    {
        "smtp.relay" => "relay",
        "smtp.from" => "sender",
        "smtp.enabled" => "alert e-mail",
        _ => key.Name,
    };

    private static string Show(SettingComparison comparison, SettingValue value) => comparison.Sensitive ? Secret.Redacted : value.ToDisplayString();

    private static string Show(SettingComparison comparison, Observed? observed) => comparison.Sensitive ? Secret.Redacted : ReportValues.Display(observed);

    private sealed record Row(string Device, SettingComparison Comparison, string Actual, string Desired, bool Fixed, bool Apply)
    {
        public string ActualTemplate { get; } = Phrasing.Template(Actual, Device);

        public string DesiredTemplate { get; } = Phrasing.Template(Desired, Device);
    }
}
