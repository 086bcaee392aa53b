using Provisioner.Abstractions;

namespace Provisioner.Core.Reports;

/// <summary>Findings about recipient lists: replaced, extra, missing, reordered.</summary>
internal static class RecipientFindings
{
    public static IEnumerable<DriftFinding> Analyze(IReadOnlyList<DeviceResult> devices)
    {
        var rows = new List<(string Device, string[] Extra, string[] Missing)>();
        foreach (var device in devices)
        {
            var comparison = device.Before.FirstOrDefault(c => c.Key == SettingKey.SmtpRecipients && c.Kind == ComparisonKind.Differs);
            if (comparison is null)
            {
                continue;
            }

            var desired = Addresses(comparison.Desired);
            var actual = comparison.Actual is Observed.Known known ? Addresses(known.Value) : [];
            rows.Add((device.Target.Name, [.. actual.Except(desired, StringComparer.OrdinalIgnoreCase)], [.. desired.Except(actual, StringComparer.OrdinalIgnoreCase)]));
        }

        foreach (var g in rows.Where(r => r.Extra.Length > 0 && r.Missing.Length > 0).GroupBy(r => (Extra: Phrasing.List(r.Extra), Missing: Phrasing.List(r.Missing))))
        {
            var n = g.Count();
            yield return Finding("recipient-replaced", $"{Phrasing.Devices(n)} still {Phrasing.Verb(n, "sends", "send")} to {g.Key.Extra}, the inventory now says {g.Key.Missing}", g);
        }

        foreach (var g in rows.Where(r => r.Extra.Length > 0 && r.Missing.Length == 0).SelectMany(r => r.Extra.Select(a => (r.Device, Address: a))).GroupBy(x => x.Address, StringComparer.OrdinalIgnoreCase))
        {
            var n = g.Count();
            yield return new DriftFinding("recipient-extra", SettingKey.SmtpRecipients.Name, $"{Phrasing.Devices(n)} {Phrasing.Verb(n, "has", "have")} an extra recipient not in the inventory: {g.Key}", [.. g.Select(x => x.Device)]);
        }

        foreach (var g in rows.Where(r => r.Missing.Length > 0 && r.Extra.Length == 0).SelectMany(r => r.Missing.Select(a => (r.Device, Address: a))).GroupBy(x => x.Address, StringComparer.OrdinalIgnoreCase))
        {
            var n = g.Count();
            yield return new DriftFinding("recipient-missing", SettingKey.SmtpRecipients.Name, $"{Phrasing.Devices(n)} {Phrasing.Verb(n, "does", "do")} not send to {g.Key}, which the inventory lists", [.. g.Select(x => x.Device)]);
        }

        var reordered = rows.Where(r => r.Extra.Length == 0 && r.Missing.Length == 0).ToList();
        if (reordered.Count > 0)
        {
            var n = reordered.Count;
            yield return new DriftFinding("recipient-order", SettingKey.SmtpRecipients.Name, $"{Phrasing.Devices(n)} {Phrasing.Verb(n, "holds", "hold")} the inventory's recipients in another order or with other levels", [.. reordered.Select(r => r.Device)]);
        }
    }

    private static DriftFinding Finding(string kind, string message, IEnumerable<(string Device, string[] Extra, string[] Missing)> rows) =>
        new(kind, SettingKey.SmtpRecipients.Name, message, [.. rows.Select(r => r.Device)]);

    private static string[] Addresses(SettingValue value) =>
        value is RecipientsValue list ? [.. list.Value.Select(r => r.Address)] : [];
}
