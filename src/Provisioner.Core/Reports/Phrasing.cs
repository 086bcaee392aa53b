using System.Globalization;

namespace Provisioner.Core.Reports;

/// <summary>Counts and verbs that agree: "1 device sends", "12 devices send".</summary>
internal static class Phrasing
{
    public static string Devices(int count) => count.ToString(CultureInfo.InvariantCulture) + (count == 1 ? " device" : " devices");

    public static string Verb(int count, string singular, string plural) => count == 1 ? singular : plural;

    public static string List(IEnumerable<string> items) => string.Join(", ", items);
}
