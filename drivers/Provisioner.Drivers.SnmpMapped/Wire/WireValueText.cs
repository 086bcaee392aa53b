using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Provisioner.Abstractions;
using Provisioner.Drivers.SnmpMapped.Model;
using Provisioner.Snmp.Types;

namespace Provisioner.Drivers.SnmpMapped.Wire;

/// <summary>Builds SNMP values of a <see cref="WireType"/> from text or numbers, and reads them back.</summary>
public static class WireValueText
{
    /// <summary>True when <paramref name="text"/> is a valid value of <paramref name="type"/>.</summary>
    /// <param name="type">The syntax.</param>
    /// <param name="text">The text, e.g. <c>1</c> or <c>10.6.0.25</c>.</param>
    /// <returns>Whether <see cref="FromText"/> would succeed.</returns>
    public static bool IsValid(WireType type, string text) => FromText(type, text) is not null;

    /// <summary>The SNMP value of <paramref name="type"/> holding <paramref name="text"/>, or null when it does not fit.</summary>
    /// <param name="type">The syntax.</param>
    /// <param name="text">The text.</param>
    /// <returns>The value, or null.</returns>
    public static SnmpValue? FromText(WireType type, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return type switch
        {
            WireType.OctetString => text.All(c => c is >= ' ' and <= '~') ? new OctetString(Encoding.ASCII.GetBytes(text)) : null,
            WireType.IpAddress => IpLiteral.TryParse(text, out var ip, out _) && ip.AddressFamily == AddressFamily.InterNetwork ? new IpAddress(ip) : null,
            _ => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? FromNumber(type, n) : null,
        };
    }

    /// <summary>The SNMP value of a numeric <paramref name="type"/> holding <paramref name="number"/>, or null when out of its range.</summary>
    /// <param name="type">Integer, gauge or timeticks (a string type takes the decimal text).</param>
    /// <param name="number">The number.</param>
    /// <returns>The value, or null.</returns>
    public static SnmpValue? FromNumber(WireType type, long number) => type switch
    {
        WireType.Integer32 when number is >= int.MinValue and <= int.MaxValue => new Integer32((int)number),
        WireType.Gauge32 when number is >= 0 and <= uint.MaxValue => new Gauge32((uint)number),
        WireType.TimeTicks when number is >= 0 and <= uint.MaxValue => new TimeTicks((uint)number),
        WireType.OctetString => new OctetString(Encoding.ASCII.GetBytes(number.ToString(CultureInfo.InvariantCulture))),
        _ => null,
    };
}
