using System.Globalization;
using System.Net.Sockets;
using System.Net;
using Provisioner.Abstractions;
using Provisioner.Snmp.Types;

namespace Provisioner.Cli.Snmp;

/// <summary>
/// Turns a net-snmp style <c>TYPE VALUE</c> pair of <c>snmpset</c> into a typed value:
/// <c>i</c> INTEGER, <c>u</c> Unsigned32/Gauge32, <c>c</c> Counter32, <c>C</c> Counter64,
/// <c>t</c> TimeTicks, <c>a</c> IpAddress, <c>o</c> OBJECT IDENTIFIER, <c>s</c> string,
/// <c>x</c> hex string, <c>d</c> decimal string, <c>b</c> BITS, <c>n</c> NULL.
/// </summary>
internal static class SnmpSetValueParser
{
    /// <summary>The type letters understood, for help text.</summary>
    public const string TypeLetters = "i u c C t a o s x d b n";

    /// <summary>Parses <paramref name="value"/> as the type named by <paramref name="type"/>.</summary>
    /// <param name="type">One type letter, case-sensitive as in net-snmp (<c>c</c> Counter32, <c>C</c> Counter64).</param>
    /// <param name="value">The value text, e.g. <c>42</c>, <c>192.0.2.1</c>, <c>80 00 1F</c>.</param>
    /// <returns>The value.</returns>
    /// <exception cref="SnmpUsageException">Unknown type letter or a value that does not fit the type.</exception>
    public static SnmpValue Parse(string type, string value)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(value);
        return type switch
        {
            "i" => new Integer32(Number<int>(type, value, "a signed 32-bit integer")),
            "u" => new Gauge32(Number<uint>(type, value, "an unsigned 32-bit integer")),
            "c" => new Counter32(Number<uint>(type, value, "an unsigned 32-bit integer")),
            "C" => new Counter64(Number<ulong>(type, value, "an unsigned 64-bit integer")),
            "t" => new TimeTicks(Number<uint>(type, value, "hundredths of a second (unsigned 32-bit)")),
            "a" => new IpAddress(Ipv4(value)),
            "o" => new ObjectIdentifier(ObjectId(value)),
            "s" => OctetString.FromString(value),
            "x" => new OctetString(Hex(value)),
            "d" => new OctetString(Decimal(value)),
            "b" => new OctetString(Bits(value)),
            "n" => Null.Instance,
            _ => throw new SnmpUsageException(
                $"The value type '{type}' is not known. Use one of: {TypeLetters} (as in net-snmp's snmpset)."),
        };
    }

    private static T Number<T>(string type, string value, string expected)
        where T : System.Numerics.IBinaryInteger<T>
    {
        var styles = typeof(T) == typeof(int) ? NumberStyles.AllowLeadingSign : NumberStyles.None;
        return T.TryParse(value.Trim(), styles, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new SnmpUsageException($"The value '{value}' of type '{type}' is not {expected}.");
    }

    private static IPAddress Ipv4(string value) =>
        IpLiteral.TryParse(value.Trim(), out var address, out var problem) && address.AddressFamily == AddressFamily.InterNetwork
            ? address
            : throw new SnmpUsageException($"The value '{value}' of type 'a' is not an IPv4 address such as 192.0.2.1 ({problem ?? "it is IPv6"}).");

    private static Oid ObjectId(string value) =>
        Oid.TryParse(value.Trim(), out var oid)
            ? oid
            : throw new SnmpUsageException($"The value '{value}' of type 'o' is not a numeric OID such as 1.3.6.1.4.1.8072.");

    private static byte[] Hex(string value)
    {
        var digits = new string([.. value.Where(c => !char.IsWhiteSpace(c) && c != ':')]);
        if (digits.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            digits = digits[2..];
        }

        try
        {
            return digits.Length % 2 == 0 ? Convert.FromHexString(digits) : throw new FormatException("odd number of digits");
        }
        catch (FormatException ex)
        {
            throw new SnmpUsageException($"The value '{value}' of type 'x' is not hexadecimal octets such as '80 00 1F' or '80001F'.", ex);
        }
    }

    private static byte[] Decimal(string value)
    {
        var parts = value.Split([' ', '.', ','], StringSplitOptions.RemoveEmptyEntries);
        return [.. parts.Select(p => byte.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var b)
            ? b
            : throw new SnmpUsageException($"The value '{value}' of type 'd' is not decimal octets (0-255) such as '192.0.2.1' or '1 2 3'."))];
    }

    private static byte[] Bits(string value)
    {
        var positions = value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)
            .Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var bit) && bit <= 65535
                ? bit
                : throw new SnmpUsageException($"The value '{value}' of type 'b' is not a list of bit numbers such as '0 3 9'."))
            .ToList();
        var bytes = new byte[positions.Count == 0 ? 0 : (positions.Max() / 8) + 1];
        foreach (var bit in positions)
        {
            bytes[bit / 8] |= (byte)(0x80 >> (bit % 8));
        }

        return bytes;
    }
}
