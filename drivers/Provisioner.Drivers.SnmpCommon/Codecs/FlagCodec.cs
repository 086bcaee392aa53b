using System.Globalization;
using Provisioner.Abstractions;
using Provisioner.Snmp.Types;

namespace Provisioner.Drivers.SnmpCommon;

/// <summary>An enumerated INTEGER with an "on" and an "off" value, e.g. AKCP <c>on(1), off(2)</c> or SP+ <c>disable(0), enable(1)</c>.</summary>
/// <param name="on">The value meaning enabled.</param>
/// <param name="off">The value meaning disabled.</param>
public sealed class FlagCodec(int on, int off) : ScalarCodec
{
    /// <summary>The value meaning enabled.</summary>
    public int On => on;

    /// <summary>The value meaning disabled.</summary>
    public int Off => off;

    /// <inheritdoc/>
    public override string WireForm => string.Create(CultureInfo.InvariantCulture, $"INTEGER {{ on({on}), off({off}) }}");

    /// <inheritdoc/>
    public override SettingValue? Decode(SnmpValue value) => value switch
    {
        Integer32 i when i.Value == on => new BooleanValue(true),
        Integer32 i when i.Value == off => new BooleanValue(false),
        _ => throw Unexpected(value, WireForm),
    };

    /// <inheritdoc/>
    public override SnmpValue Encode(SettingValue value) => new Integer32(Expect<BooleanValue>(value).Value ? on : off);
}
