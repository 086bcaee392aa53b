using System.Globalization;
using Provisioner.Abstractions;
using Provisioner.Snmp;
using Provisioner.Snmp.Types;

namespace Provisioner.Drivers.SnmpCommon;

/// <summary>
/// A whole number. Reading accepts Integer32, Gauge32 and Counter32, because some agents answer with
/// another integer type than their MIB declares (AKCP answers <c>sensorProbeSmtpPort</c> as Gauge32
/// although the MIB says INTEGER); writing uses the type of <paramref name="writeTag"/>.
/// </summary>
/// <param name="minimum">The smallest value the object accepts.</param>
/// <param name="maximum">The largest value the object accepts.</param>
/// <param name="writeTag">The SMI type to write: <see cref="SnmpTag.Integer32"/>, <see cref="SnmpTag.Gauge32"/> or <see cref="SnmpTag.TimeTicks"/>.</param>
public sealed class IntegerCodec(long minimum, long maximum, SnmpTag writeTag = SnmpTag.Integer32) : ScalarCodec
{
    /// <inheritdoc/>
    public override string WireForm => string.Create(CultureInfo.InvariantCulture, $"{writeTag} ({minimum}..{maximum})");

    /// <inheritdoc/>
    public override SettingValue? Decode(SnmpValue value) => value switch
    {
        Integer32 i => new IntegerValue(i.Value),
        Gauge32 g => new IntegerValue(g.Value),
        Counter32 c => new IntegerValue(c.Value),
        TimeTicks t => new IntegerValue(t.Value),
        _ => throw Unexpected(value, "an integer"),
    };

    /// <inheritdoc/>
    public override SnmpValue Encode(SettingValue value)
    {
        var number = Expect<IntegerValue>(value).Value;
        if (number < minimum || number > maximum)
        {
            throw new SnmpCodecException(string.Create(CultureInfo.InvariantCulture, $"the object accepts {minimum}..{maximum}, the value is {number}"));
        }

        return writeTag switch
        {
            SnmpTag.Gauge32 => new Gauge32((uint)number),
            SnmpTag.TimeTicks => new TimeTicks((uint)number),
            _ => new Integer32((int)number),
        };
    }
}
