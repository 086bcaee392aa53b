using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Provisioner.Abstractions;

/// <summary>
/// The one reader of IP address literals for every input of the product (inventory, mapping files,
/// command-line options). IPv4 is accepted only in canonical form: four decimal parts from 0 to 255
/// without leading zeros, exactly what <see cref="IPAddress.ToString"/> writes. This matters because
/// many resolvers and device firmwares read <c>010.030.000.025</c> as octal (8.24.0.21) while people
/// mean decimal, so such text is refused rather than guessed. IPv6 is accepted in any RFC 4291 form
/// and compared by its RFC 5952 text (<see cref="Canonical"/>), so <c>2001:DB8:0:0::11</c> and
/// <c>2001:db8::11</c> are one address.
/// </summary>
public static class IpLiteral
{
    /// <summary>
    /// True when <paramref name="text"/> is meant as an IP literal rather than a host name: it holds a
    /// ':' (IPv6), its last dot-separated label is all digits (no top-level domain is numeric), or the
    /// platform's lenient parser accepts it (<c>0x0a.0.0.1</c>, <c>167772161</c>).
    /// Such text must pass <see cref="TryParse"/>; anything else may be a DNS name.
    /// </summary>
    /// <param name="text">The text as written.</param>
    /// <returns>Whether the text must be read as an address.</returns>
    public static bool LooksLikeLiteral(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Contains(':', StringComparison.Ordinal) || IPAddress.TryParse(text, out _))
        {
            return true;
        }

        var lastLabel = text[(text.LastIndexOf('.') + 1)..];
        return lastLabel.Length > 0 && lastLabel.All(char.IsAsciiDigit);
    }

    /// <summary>Parses an IPv4 literal in canonical form or an IPv6 literal in any valid form (no brackets, no zone index).</summary>
    /// <param name="text">The text as written.</param>
    /// <param name="address">The address, or null.</param>
    /// <param name="problem">What is wrong and what to write instead, or null; never more than the text itself.</param>
    /// <returns>True when <paramref name="text"/> is an acceptable literal.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out IPAddress? address, [NotNullWhen(false)] out string? problem)
    {
        address = null;
        if (string.IsNullOrEmpty(text))
        {
            problem = "the address is empty";
            return false;
        }

        problem = text.Contains(':', StringComparison.Ordinal) ? Ipv6Problem(text, out address) : Ipv4Problem(text, out address);
        return problem is null;
    }

    /// <summary>Parses a CIDR range <c>address/prefix</c> whose address passes <see cref="TryParse"/>, with a decimal prefix length and no host bits set.</summary>
    /// <param name="text">The text as written, e.g. <c>10.6.0.0/16</c> or <c>2001:db8::/48</c>.</param>
    /// <param name="network">The network (default when invalid).</param>
    /// <param name="problem">What is wrong and what to write instead, or null.</param>
    /// <returns>True when <paramref name="text"/> is an acceptable range.</returns>
    public static bool TryParseNetwork(string? text, out IPNetwork network, [NotNullWhen(false)] out string? problem)
    {
        network = default;
        var slash = text?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        if (text is null || slash < 0)
        {
            problem = "it has no prefix length; write the network address and '/prefix', e.g. '10.6.0.0/16'";
            return false;
        }

        if (!TryParse(text[..slash], out var address, out problem))
        {
            return false;
        }

        var bits = address.AddressFamily == AddressFamily.InterNetwork ? 32 : 128;
        var prefixText = text[(slash + 1)..];
        if (!IsDecimal(prefixText, 3, out var prefix) || prefix > bits)
        {
            problem = $"the prefix length '{prefixText}' is not a number from 0 to {bits} written without leading zeros";
            return false;
        }

        var bytes = address.GetAddressBytes();
        for (var bit = prefix; bit < bits; bit++)
        {
            if ((bytes[bit / 8] & (0x80 >> (bit % 8))) != 0)
            {
                problem = $"host bits are set after the first {prefix} bits; the network is '{MaskedText(bytes, prefix)}/{prefix}'";
                return false;
            }
        }

        network = new IPNetwork(address, prefix);
        return true;
    }

    /// <summary>The canonical text of <paramref name="address"/>: dotted decimal for IPv4, RFC 5952 (lower case, longest zero run compressed) for IPv6.</summary>
    /// <param name="address">The address.</param>
    /// <returns>The canonical text.</returns>
    public static string Canonical(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return address.ToString();
    }

    /// <summary>The text by which two host-or-address values compare equal: the canonical form of a literal, else the name in lower case.</summary>
    /// <param name="text">A host name or an IP literal.</param>
    /// <returns>The comparison key.</returns>
    public static string ComparisonKey(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var address, out _) ? Canonical(address) : text.ToLowerInvariant();
    }

    private static string? Ipv4Problem(string text, out IPAddress? address)
    {
        address = null;
        var parts = text.Split('.');
        if (parts.Length != 4 || parts.Any(p => p.Length == 0 || p.Length > 3 || !p.All(char.IsAsciiDigit)))
        {
            return $"'{text}' is not an IPv4 address of four decimal parts such as 10.6.0.25";
        }

        var values = parts.Select(p => int.Parse(p, NumberStyles.None, CultureInfo.InvariantCulture)).ToArray();
        if (values.Any(v => v > 255))
        {
            return $"'{text}' has a part over 255; each of the four parts is a number from 0 to 255";
        }

        var decimalReading = string.Join('.', values);
        if (!string.Equals(decimalReading, text, StringComparison.Ordinal))
        {
            return $"'{text}' has leading zeros, which many systems read as octal (010 is 8); write it as '{decimalReading}' if that is what you mean";
        }

        address = new IPAddress([.. values.Select(v => (byte)v)]);
        return null;
    }

    private static string? Ipv6Problem(string text, out IPAddress? address)
    {
        address = null;
        if (text.Contains('[', StringComparison.Ordinal) || text.Contains(']', StringComparison.Ordinal))
        {
            return $"'{text}' is written with brackets; write the IPv6 address alone, e.g. '2001:db8::25'";
        }

        if (text.Contains('%', StringComparison.Ordinal))
        {
            return $"'{text}' has a zone index ('%...'); write a global or unique-local IPv6 address without it";
        }

        if (!IPAddress.TryParse(text, out var parsed) || parsed.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return $"'{text}' is not an IPv6 address (RFC 4291), e.g. '2001:db8::25'";
        }

        // An embedded IPv4 tail (::ffff:10.6.0.25) follows the IPv4 rule.
        var tail = text[(text.LastIndexOf(':') + 1)..];
        if (tail.Contains('.', StringComparison.Ordinal) && Ipv4Problem(tail, out _) is { } tailProblem)
        {
            return $"in '{text}', {tailProblem}";
        }

        address = parsed;
        return null;
    }

    private static bool IsDecimal(string text, int maxDigits, out int value)
    {
        value = 0;
        return text.Length > 0 && text.Length <= maxDigits && text.All(char.IsAsciiDigit) && (text.Length == 1 || text[0] != '0')
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static string MaskedText(byte[] bytes, int prefix)
    {
        var masked = (byte[])bytes.Clone();
        for (var bit = prefix; bit < masked.Length * 8; bit++)
        {
            masked[bit / 8] &= (byte)~(0x80 >> (bit % 8));
        }

        return new IPAddress(masked).ToString();
    }
}
