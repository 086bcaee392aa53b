using System.Globalization;
using System.Text;
using Provisioner.Snmp.Types;

namespace Provisioner.Cli.Snmp;

/// <summary>
/// Prints variable bindings exactly as net-snmp's tools do with <c>-On</c> (numeric OIDs, no MIBs),
/// e.g. <c>.1.3.6.1.2.1.1.5.0 = STRING: "ups-01"</c>, so output can be compared line by line.
/// </summary>
internal static class SnmpValueFormatter
{
    /// <summary>Formats one binding as a net-snmp output line.</summary>
    /// <param name="binding">The binding.</param>
    /// <returns>The line, without a trailing newline (Hex-STRINGs over 16 octets span lines as in net-snmp).</returns>
    public static string FormatLine(VarBind binding)
    {
        ArgumentNullException.ThrowIfNull(binding);
        return $".{binding.Oid} = {FormatValue(binding.Value)}";
    }

    /// <summary>Formats a value as net-snmp prints it after the <c>=</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text, e.g. <c>Timeticks: (50) 0:00:00.50</c>.</returns>
    public static string FormatValue(SnmpValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value switch
        {
            Integer32 v => "INTEGER: " + v.Value.ToString(CultureInfo.InvariantCulture),
            OctetString v => FormatOctets(v.AsSpan()),
            Null => "NULL",
            ObjectIdentifier v => "OID: ." + v.Value,
            IpAddress v => "IpAddress: " + v.Value,
            Counter32 v => "Counter32: " + v.Value.ToString(CultureInfo.InvariantCulture),
            Gauge32 v => "Gauge32: " + v.Value.ToString(CultureInfo.InvariantCulture),
            TimeTicks v => "Timeticks: " + FormatTimeTicks(v.Value),
            Opaque v => "OPAQUE: " + Hex(v.Value.Span),
            Counter64 v => "Counter64: " + v.Value.ToString(CultureInfo.InvariantCulture),
            NoSuchObject => "No Such Object available on this agent at this OID",
            NoSuchInstance => "No Such Instance currently exists at this OID",
            EndOfMibView => "No more variables left in this MIB View (It is past the end of the MIB tree)",
            _ => throw new ArgumentException($"Unknown SNMP value type {value.GetType().Name}.", nameof(value)),
        };
    }

    /// <summary>True when net-snmp would print the octets as a quoted STRING rather than Hex-STRING.</summary>
    /// <param name="octets">The octets.</param>
    /// <returns>True for printable ASCII and white space only.</returns>
    public static bool IsPrintable(ReadOnlySpan<byte> octets)
    {
        foreach (var b in octets)
        {
            if (b is not (>= 0x20 and <= 0x7E) and not (>= 0x09 and <= 0x0D))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>net-snmp's TimeTicks rendering: <c>(12345) 0:02:03.45</c>, with days when there are any.</summary>
    /// <param name="ticks">Hundredths of a second.</param>
    /// <returns>The text.</returns>
    public static string FormatTimeTicks(uint ticks)
    {
        var centiseconds = ticks % 100;
        var seconds = ticks / 100 % 60;
        var minutes = ticks / 6000 % 60;
        var hours = ticks / 360000 % 24;
        var days = ticks / 8640000;
        var clock = string.Create(CultureInfo.InvariantCulture, $"{hours}:{minutes:00}:{seconds:00}.{centiseconds:00}");
        var prefix = days switch
        {
            0 => string.Empty,
            1 => "1 day, ",
            _ => string.Create(CultureInfo.InvariantCulture, $"{days} days, "),
        };
        return string.Create(CultureInfo.InvariantCulture, $"({ticks}) {prefix}{clock}");
    }

    /// <summary>net-snmp's hex rendering: <c>80 00 1F </c>, a line break after every 16 octets.</summary>
    /// <param name="octets">The octets.</param>
    /// <returns>The text.</returns>
    public static string Hex(ReadOnlySpan<byte> octets)
    {
        var text = new StringBuilder(octets.Length * 3);
        for (var i = 0; i < octets.Length; i++)
        {
            text.Append(octets[i].ToString("X2", CultureInfo.InvariantCulture)).Append(' ');
            if ((i + 1) % 16 == 0 && i + 1 < octets.Length)
            {
                text.Append('\n');
            }
        }

        return text.ToString();
    }

    private static string FormatOctets(ReadOnlySpan<byte> octets)
    {
        if (octets.IsEmpty)
        {
            return "\"\"";
        }

        if (!IsPrintable(octets))
        {
            return "Hex-STRING: " + Hex(octets);
        }

        var text = Encoding.ASCII.GetString(octets).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
        return "STRING: \"" + text + "\"";
    }
}
