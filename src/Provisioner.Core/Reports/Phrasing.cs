using System.Globalization;

namespace Provisioner.Core.Reports;

/// <summary>Counts and verbs that agree ("1 device sends", "12 devices send") and short device lists.</summary>
internal static class Phrasing
{
    /// <summary>How many names a message shows before "and N more".</summary>
    public const int NamesShown = 3;

    /// <summary>The placeholder for a device's own name in a value shared by many devices.</summary>
    public const string NamePlaceholder = "<name>";

    public static string Devices(int count) => count.ToString(CultureInfo.InvariantCulture) + (count == 1 ? " device" : " devices");

    public static string Verb(int count, string singular, string plural) => count == 1 ? singular : plural;

    public static string List(IEnumerable<string> items) => string.Join(", ", items);

    /// <summary>"a, b, c" or, past four names, "a, b, c and 197 more".</summary>
    public static string Names(IReadOnlyList<string> names) =>
        names.Count <= NamesShown + 1
            ? List(names)
            : $"{List(names.Take(NamesShown))} and {(names.Count - NamesShown).ToString(CultureInfo.InvariantCulture)} more";

    /// <summary>
    /// The value with the device's name replaced by <see cref="NamePlaceholder"/>, so that
    /// <c>dcp-0001@contoso.com</c> on dcp-0001 and <c>dcp-0002@contoso.com</c> on dcp-0002 read as one
    /// kind of value, <c>&lt;name&gt;@contoso.com</c>.
    /// </summary>
    public static string Template(string value, string device) =>
        device.Length >= 3 && value.Contains(device, StringComparison.OrdinalIgnoreCase)
            ? value.Replace(device, NamePlaceholder, StringComparison.OrdinalIgnoreCase)
            : value;

    /// <summary>True when <paramref name="template"/> holds the device-name placeholder.</summary>
    public static bool PerDevice(string template) => template.Contains(NamePlaceholder, StringComparison.Ordinal);
}
