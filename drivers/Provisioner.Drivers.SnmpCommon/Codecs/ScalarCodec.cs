using Provisioner.Abstractions;
using Provisioner.Snmp.Types;

namespace Provisioner.Drivers.SnmpCommon;

/// <summary>
/// Converts one canonical value to and from the value of one MIB object. Decoding a value of the wrong
/// type throws <see cref="SnmpCodecException"/> (the device answered outside its MIB); encoding a value
/// the object cannot hold throws it too, and the setting reports the change as rejected before any I/O.
/// </summary>
public abstract class ScalarCodec
{
    /// <summary>Converts what the device holds to the canonical value; null when the object holds nothing (an empty field).</summary>
    /// <param name="value">The value read (never an exception value).</param>
    /// <returns>The canonical value, or null for "nothing set".</returns>
    /// <exception cref="SnmpCodecException">The value has a type or content the MIB does not allow.</exception>
    public abstract SettingValue? Decode(SnmpValue value);

    /// <summary>Converts a canonical value to what the object holds.</summary>
    /// <param name="value">The canonical value.</param>
    /// <returns>The SNMP value to set.</returns>
    /// <exception cref="SnmpCodecException">The object cannot hold the value; the message says why and what to do.</exception>
    public abstract SnmpValue Encode(SettingValue value);

    /// <summary>A short description of the wire form for documentation, e.g. <c>DisplayString (0..64)</c>.</summary>
    public abstract string WireForm { get; }

    /// <summary>Throws when <paramref name="value"/> is not a <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The expected canonical type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The value as <typeparamref name="T"/>.</returns>
    /// <exception cref="SnmpCodecException">The value has another type.</exception>
    protected static T Expect<T>(SettingValue value)
        where T : SettingValue =>
        value as T ?? throw new SnmpCodecException($"expected a {typeof(T).Name}, got {value?.GetType().Name ?? "nothing"}");

    /// <summary>Builds the exception for a device value outside the MIB.</summary>
    /// <param name="value">The value read.</param>
    /// <param name="expected">What the MIB allows.</param>
    /// <returns>The exception to throw.</returns>
    protected static SnmpCodecException Unexpected(SnmpValue value, string expected) =>
        new($"the device answered {value?.Tag.ToString() ?? "nothing"} '{value}', the MIB says {expected}");
}
