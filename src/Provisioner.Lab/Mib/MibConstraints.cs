using Provisioner.Snmp.Pdus;
using Provisioner.Snmp.Types;

namespace Provisioner.Lab.Mib;

/// <summary>The value constraints of SMI syntaxes the lab models use (RFC 2578, RFC 2579).</summary>
public static class MibConstraints
{
    /// <summary>Any value of the right type.</summary>
    public static Func<SnmpValue, SnmpErrorStatus> Any { get; } = _ => SnmpErrorStatus.NoError;

    /// <summary>A <c>DisplayString (SIZE (min..max))</c>: length outside the range is <c>wrongLength</c>; a
    /// character outside printable NVT ASCII (RFC 2579) is <c>wrongValue</c>.</summary>
    /// <param name="min">The least length.</param>
    /// <param name="max">The greatest length.</param>
    /// <returns>The constraint.</returns>
    public static Func<SnmpValue, SnmpErrorStatus> DisplayString(int min, int max) => value =>
    {
        var octets = ((OctetString)value).AsSpan();
        if (octets.Length < min || octets.Length > max)
        {
            return SnmpErrorStatus.WrongLength;
        }

        foreach (var b in octets)
        {
            if (b is < 0x20 or > 0x7E)
            {
                return SnmpErrorStatus.WrongValue;
            }
        }

        return SnmpErrorStatus.NoError;
    };

    /// <summary>An <c>OCTET STRING (SIZE (n))</c> of exactly <paramref name="length"/> octets.</summary>
    /// <param name="length">The only allowed length.</param>
    /// <returns>The constraint.</returns>
    public static Func<SnmpValue, SnmpErrorStatus> FixedLength(int length) =>
        value => ((OctetString)value).Length == length ? SnmpErrorStatus.NoError : SnmpErrorStatus.WrongLength;

    /// <summary>An <c>Integer32 (min..max)</c>: outside the range is <c>wrongValue</c>.</summary>
    /// <param name="min">The least value.</param>
    /// <param name="max">The greatest value.</param>
    /// <returns>The constraint.</returns>
    public static Func<SnmpValue, SnmpErrorStatus> Range(long min, long max) => value =>
    {
        long v = value switch
        {
            Integer32 i => i.Value,
            Gauge32 g => g.Value,
            TimeTicks t => t.Value,
            _ => long.MinValue,
        };
        return v >= min && v <= max ? SnmpErrorStatus.NoError : SnmpErrorStatus.WrongValue;
    };

    /// <summary>An enumerated INTEGER: a number not among <paramref name="values"/> is <c>wrongValue</c>.</summary>
    /// <param name="values">The enumeration's numbers.</param>
    /// <returns>The constraint.</returns>
    public static Func<SnmpValue, SnmpErrorStatus> Enumeration(params int[] values) =>
        value => values.Contains(((Integer32)value).Value) ? SnmpErrorStatus.NoError : SnmpErrorStatus.WrongValue;
}
