using System.Globalization;
using Provisioner.Abstractions;
using Provisioner.Snmp;
using Provisioner.Snmp.Types;

namespace Provisioner.Drivers.SnmpCommon;

/// <summary>
/// An enumerated object of any canonical type (enable flag, security mode, severity): each canonical
/// value the device knows has one wire integer. Reading accepts Integer32, Gauge32 and Counter32 (agents
/// differ from their MIBs); writing uses <paramref name="writeTag"/>. Values not listed cannot be written.
/// </summary>
/// <param name="entries">Each canonical value the device knows with its wire integer, in declaration order.</param>
/// <param name="writeTag">The SMI type to write: <see cref="SnmpTag.Integer32"/> or <see cref="SnmpTag.Gauge32"/>.</param>
public sealed class EnumerationCodec(IReadOnlyList<(SettingValue Value, long Wire)> entries, SnmpTag writeTag = SnmpTag.Integer32) : ScalarCodec
{
    private readonly IReadOnlyList<(SettingValue Value, long Wire)> entries = entries ?? throw new ArgumentNullException(nameof(entries));

    /// <inheritdoc/>
    public override string WireForm => $"{writeTag} {{ " + string.Join(", ", entries.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Value.ToDisplayString()}({e.Wire})"))) + " }";

    /// <inheritdoc/>
    public override SettingValue? Decode(SnmpValue value)
    {
        var wire = value switch
        {
            Integer32 i => i.Value,
            Gauge32 g => g.Value,
            Counter32 c => c.Value,
            _ => (long?)null,
        };
        foreach (var (canonical, listed) in entries)
        {
            if (wire == listed)
            {
                return canonical;
            }
        }

        throw Unexpected(value, WireForm);
    }

    /// <inheritdoc/>
    public override SnmpValue Encode(SettingValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        foreach (var (canonical, wire) in entries)
        {
            if (canonical.Equals(value))
            {
                return writeTag == SnmpTag.Gauge32 ? new Gauge32((uint)wire) : new Integer32((int)wire);
            }
        }

        throw new SnmpCodecException($"the device has no value for '{value.ToDisplayString()}' (it knows {string.Join(", ", entries.Select(e => e.Value.ToDisplayString()))})");
    }
}
