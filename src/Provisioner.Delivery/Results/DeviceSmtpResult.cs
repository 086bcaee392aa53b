using System.Globalization;
using System.Text.RegularExpressions;

namespace Provisioner.Delivery;

/// <summary>
/// Reads the SMTP reply codes out of a device's own send result as drivers quote it, e.g. the SC200's
/// <c>receiver 1: 554, receiver 2: 250</c>: a 4xx or 5xx code (not an HTTP status) means a server on the way refused the
/// message; 9999 (the SC200's "could not reach the server") and anything else do not.
/// </summary>
public static partial class DeviceSmtpResult
{
    /// <summary>The SMTP refusal codes (400–599) in <paramref name="deviceResult"/>, in order.</summary>
    /// <param name="deviceResult">The device's result text, or null.</param>
    /// <returns>The codes; empty when there are none.</returns>
    public static IReadOnlyList<int> Refusals(string? deviceResult) =>
        deviceResult is null
            ? []
            : [.. Code().Matches(deviceResult).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).Where(c => c is >= 400 and < 600)];

    [GeneratedRegex(@"(?<![\d.])(?<!HTTP )\d{3}(?![\d.])", RegexOptions.CultureInvariant)]
    private static partial Regex Code();
}
