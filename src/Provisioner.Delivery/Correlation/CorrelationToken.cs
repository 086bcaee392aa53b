using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Provisioner.Delivery;

/// <summary>
/// The unique token a test message carries where the device lets us set its text (e.g. Redfish
/// <c>SubmitTestEvent</c>'s <c>Message</c>): <c>PV-</c> and 12 upper-case hex digits, e.g. <c>PV-3F2A9C0D11E4</c>.
/// </summary>
public static partial class CorrelationToken
{
    /// <summary>A new random token.</summary>
    /// <returns>The token.</returns>
    public static string New() => "PV-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(6));

    /// <summary>Whether <paramref name="text"/> carries any token (of this run or another).</summary>
    /// <param name="text">A subject or body.</param>
    /// <returns>True when a token is present.</returns>
    public static bool Present(string text) => Pattern().IsMatch(text);

    [GeneratedRegex(@"\bPV-[0-9A-F]{12}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
