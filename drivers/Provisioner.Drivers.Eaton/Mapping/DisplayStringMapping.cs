using System.Text;

namespace Provisioner.Drivers.Eaton.Mapping;

/// <summary>
/// Maps e-mail addresses to and from the SC200's DisplayString objects (RFC 2579: printable US-ASCII).
/// Reading trims what firmware may add (trailing NULs, spaces) so that a re-run compares equal.
/// </summary>
public static class DisplayStringMapping
{
    /// <summary>Returns the value as the device stores it: trimmed ASCII bytes, or null when it is not printable ASCII.</summary>
    /// <param name="text">The canonical text.</param>
    /// <returns>The octets, or null.</returns>
    public static byte[]? ToWire(string text)
    {
        var trimmed = text.Trim();
        return trimmed.All(c => c is >= ' ' and <= '~') ? Encoding.ASCII.GetBytes(trimmed) : null;
    }

    /// <summary>Decodes an OCTET STRING read from the device and removes trailing NULs and white space.</summary>
    /// <param name="octets">The raw octets.</param>
    /// <returns>The normalised text.</returns>
    public static string FromWire(ReadOnlySpan<byte> octets) => Encoding.ASCII.GetString(octets).TrimEnd('\0', ' ', '\t', '\r', '\n').Trim();
}
