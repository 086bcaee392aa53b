using System.Globalization;
using System.Net;
using Provisioner.Snmp.Types;

namespace Provisioner.Lab.State;

/// <summary>
/// Reads and writes one variable in snmpsim's <c>.snmprec</c> line form, <c>OID|tag|value</c>: the tag
/// is the BER tag in decimal (2 Integer32, 4 OCTET STRING, 6 OID, 64 IpAddress, 65 Counter32,
/// 66 Gauge32, 67 TimeTicks); a tag suffixed <c>x</c> carries a hex value. Octet strings that are not
/// printable ASCII, or that contain <c>|</c>, are written in hex.
/// </summary>
public static class SnmprecCodec
{
    /// <summary>Formats one binding.</summary>
    /// <param name="binding">The binding.</param>
    /// <returns>The line, e.g. <c>1.3.6.1.2.1.1.5.0|4|DCP-01</c>.</returns>
    /// <exception cref="ArgumentException">The value's type has no snmprec form here.</exception>
    public static string Format(VarBind binding)
    {
        ArgumentNullException.ThrowIfNull(binding);
        var oid = binding.Oid.ToString();
        return binding.Value switch
        {
            Integer32 v => $"{oid}|2|{v.Value.ToString(CultureInfo.InvariantCulture)}",
            OctetString v when v.AsSpan().ToArray().All(b => b is >= 0x20 and <= 0x7E && b != (byte)'|') => $"{oid}|4|{v}",
            OctetString v => $"{oid}|4x|{v.ToHex()}",
            ObjectIdentifier v => $"{oid}|6|{v.Value}",
            IpAddress v => $"{oid}|64|{v.Value}",
            Counter32 v => $"{oid}|65|{v.Value.ToString(CultureInfo.InvariantCulture)}",
            Gauge32 v => $"{oid}|66|{v.Value.ToString(CultureInfo.InvariantCulture)}",
            TimeTicks v => $"{oid}|67|{v.Value.ToString(CultureInfo.InvariantCulture)}",
            _ => throw new ArgumentException($"{oid}: values of type {binding.Value.Tag} are not kept in lab state.", nameof(binding)),
        };
    }

    /// <summary>Parses one line.</summary>
    /// <param name="line">The line.</param>
    /// <returns>The binding.</returns>
    /// <exception cref="FormatException">The line is not <c>OID|tag|value</c> with a supported tag.</exception>
    public static VarBind Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var parts = line.Split('|', 3);
        if (parts.Length != 3 || !Oid.TryParse(parts[0], out var oid))
        {
            throw new FormatException($"'{line}' is not an snmprec line (OID|tag|value).");
        }

        var (tag, value) = (parts[1], parts[2]);
        SnmpValue? parsed;
        try
        {
            parsed = ParseValue(tag, value);
        }
        catch (Exception ex) when (ex is OverflowException or ArgumentException or FormatException)
        {
            throw new FormatException($"'{line}': {ex.Message}", ex);
        }

        return parsed is null
            ? throw new FormatException($"'{line}': tag '{tag}' is not supported in lab state (2, 4, 4x, 6, 64, 65, 66, 67).")
            : new VarBind(oid, parsed);
    }

    private static SnmpValue? ParseValue(string tag, string value) => tag switch
    {
        "2" => new Integer32(int.Parse(value, CultureInfo.InvariantCulture)),
        "4" => OctetString.FromString(value),
        "4x" => new OctetString(Convert.FromHexString(value)),
        "6" => new ObjectIdentifier(Oid.Parse(value)),
        "64" => new IpAddress(IPAddress.Parse(value)),
        "65" => new Counter32(uint.Parse(value, CultureInfo.InvariantCulture)),
        "66" => new Gauge32(uint.Parse(value, CultureInfo.InvariantCulture)),
        "67" => new TimeTicks(uint.Parse(value, CultureInfo.InvariantCulture)),
        _ => null,
    };
}
