using Provisioner.Snmp.Types;

namespace Provisioner.Snmp.Agent;

/// <summary>Constraints a Set value must meet: size (wrongLength), range or enumeration (wrongValue).</summary>
public sealed record MibConstraint
{
    /// <summary>Minimum OCTET STRING / Opaque length.</summary>
    public int? MinSize { get; init; }

    /// <summary>Maximum OCTET STRING / Opaque length.</summary>
    public int? MaxSize { get; init; }

    /// <summary>Minimum integer value.</summary>
    public long? MinValue { get; init; }

    /// <summary>Maximum integer value.</summary>
    public long? MaxValue { get; init; }

    /// <summary>The allowed INTEGER values of an enumeration.</summary>
    public IReadOnlySet<int>? AllowedValues { get; init; }

    /// <summary>Returns the RFC 3416 status a value violates, or noError.</summary>
    /// <param name="value">The candidate value (already of the right type).</param>
    /// <returns>wrongLength, wrongValue or noError.</returns>
    public Pdus.SnmpErrorStatus Check(SnmpValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        int? size = value switch
        {
            OctetString s => s.Length,
            Opaque o => o.Value.Length,
            _ => null,
        };
        if (size is { } length && (length < MinSize || length > MaxSize))
        {
            return Pdus.SnmpErrorStatus.WrongLength;
        }

        long? number = value switch
        {
            Integer32 i => i.Value,
            Counter32 c => c.Value,
            Gauge32 g => g.Value,
            TimeTicks t => t.Value,
            _ => null,
        };
        if (number is { } n && (n < MinValue || n > MaxValue || (AllowedValues is not null && (n is < int.MinValue or > int.MaxValue || !AllowedValues.Contains((int)n)))))
        {
            return Pdus.SnmpErrorStatus.WrongValue;
        }

        return Pdus.SnmpErrorStatus.NoError;
    }
}
