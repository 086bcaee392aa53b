using Provisioner.Abstractions;

namespace Provisioner.Core.Reports;

/// <summary>
/// Findings about recipient lists: replaced, extra, missing, reordered; one finding per kind of difference,
/// device names folded into <c>&lt;name&gt;</c> so per-device addresses group. After apply, lists written
/// and verified read as fixed.
/// </summary>
internal static class RecipientFindings
{
    public static IEnumerable<DriftFinding> Analyze(IReadOnlyList<DeviceResult> devices)
    {
        var rows = new List<Row>();
        foreach (var device in devices)
        {
            var comparison = device.Before.FirstOrDefault(c => c.Key == SettingKey.SmtpRecipients && c.Kind == ComparisonKind.Differs);
            if (comparison is null)
            {
                continue;
            }

            var name = device.Target.Name;
            var desired = Addresses(comparison.Desired, name);
            var actual = comparison.Actual is Observed.Known known ? Addresses(known.Value, name) : [];
            rows.Add(new Row(
                name,
                [.. actual.Except(desired, StringComparer.OrdinalIgnoreCase)],
                [.. desired.Except(actual, StringComparer.OrdinalIgnoreCase)],
                FindingStatus.IsFixed(device, SettingKey.SmtpRecipients),
                device.Mode == RunMode.Apply));
        }

        foreach (var g in rows.Where(r => r.Extra.Length > 0 && r.Missing.Length > 0).GroupBy(r => (r.Fixed, Extra: Phrasing.List(r.Extra), Missing: Phrasing.List(r.Missing))))
        {
            var n = g.Count();
            yield return Finding(
                g.Key.Fixed ? FindingKinds.Fixed : FindingKinds.RecipientReplaced,
                g.Key.Fixed
                    ? $"recipients {g.Key.Extra} → {g.Key.Missing} fixed on {Phrasing.Devices(n)}"
                    : $"{Phrasing.Devices(n)} still {Phrasing.Verb(n, "sends", "send")} to {g.Key.Extra}, the inventory now says {g.Key.Missing}",
                [.. g.Select(r => r.Device)]);
        }

        foreach (var g in rows.Where(r => r.Extra.Length > 0 && r.Missing.Length == 0).GroupBy(r => (r.Fixed, Extra: Phrasing.List(r.Extra).ToLowerInvariant())))
        {
            var n = g.Count();
            var addresses = Phrasing.List(g.First().Extra);
            var one = g.First().Extra.Length == 1;
            yield return Finding(
                g.Key.Fixed ? FindingKinds.Fixed : FindingKinds.RecipientExtra,
                g.Key.Fixed
                    ? $"extra {(one ? "recipient" : "recipients")} {addresses} removed on {Phrasing.Devices(n)}"
                    : $"{Phrasing.Devices(n)} {Still(g.First())}also {Phrasing.Verb(n, "sends", "send")} to {addresses}, which the inventory does not list",
                [.. g.Select(r => r.Device)]);
        }

        foreach (var g in rows.Where(r => r.Missing.Length > 0 && r.Extra.Length == 0).GroupBy(r => (r.Fixed, Missing: Phrasing.List(r.Missing).ToLowerInvariant())))
        {
            var n = g.Count();
            var addresses = Phrasing.List(g.First().Missing);
            var one = g.First().Missing.Length == 1;
            yield return Finding(
                g.Key.Fixed ? FindingKinds.Fixed : FindingKinds.RecipientMissing,
                g.Key.Fixed
                    ? $"{(one ? "recipient" : "recipients")} {addresses} added on {Phrasing.Devices(n)}"
                    : $"{Phrasing.Devices(n)} {Still(g.First())}{Phrasing.Verb(n, "does", "do")} not send to {addresses}, which the inventory lists",
                [.. g.Select(r => r.Device)]);
        }

        foreach (var g in rows.Where(r => r.Extra.Length == 0 && r.Missing.Length == 0).GroupBy(r => r.Fixed))
        {
            var n = g.Count();
            yield return Finding(
                g.Key ? FindingKinds.Fixed : FindingKinds.RecipientOrder,
                g.Key
                    ? $"recipient order and levels fixed on {Phrasing.Devices(n)}"
                    : $"{Phrasing.Devices(n)} {Still(g.First())}{Phrasing.Verb(n, "holds", "hold")} the inventory's recipients in another order or with other levels",
                [.. g.Select(r => r.Device)]);
        }
    }

    private static string Still(Row row) => row.Apply ? "still " : string.Empty;

    private static DriftFinding Finding(string kind, string message, IReadOnlyList<string> devices) =>
        new(kind, SettingKey.SmtpRecipients.Name, $"{(devices.Count == 1 ? message.Replace(Phrasing.NamePlaceholder, devices[0], StringComparison.Ordinal) : message)}: {Phrasing.Names(devices)}", devices);

    private static string[] Addresses(SettingValue value, string device) =>
        value is RecipientsValue list ? [.. list.Value.Select(r => Phrasing.Template(r.Address, device))] : [];

    private sealed record Row(string Device, string[] Extra, string[] Missing, bool Fixed, bool Apply);
}
