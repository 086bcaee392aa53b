using System.Globalization;
using Provisioner.Abstractions;
using Provisioner.Snmp;
using Provisioner.Snmp.Types;

namespace Provisioner.Drivers.SnmpCommon;

/// <summary>
/// The per-recipient severity levels of a slot table (e.g. Eaton <c>email-Receiver-Level</c>): the wire
/// INTEGER of each canonical severity the device can express, and the level that marks a slot unused.
/// </summary>
public sealed class SlotLevelCodec
{
    private readonly Dictionary<AlertSeverity, int> toWire;

    /// <summary>Creates the codec.</summary>
    /// <param name="levels">The wire value of each severity the device knows; severities not listed cannot be expressed.</param>
    /// <param name="unused">The wire value of a slot that gets nothing (written to cleared slots).</param>
    public SlotLevelCodec(IReadOnlyDictionary<AlertSeverity, int> levels, int unused)
        : this(levels, (int?)unused, SnmpTag.Integer32)
    {
    }

    /// <summary>Creates the codec for a device that may have no unused level, or levels of another integer type.</summary>
    /// <param name="levels">The wire value of each severity the device knows; severities not listed cannot be expressed.</param>
    /// <param name="unused">The wire value of a slot that gets nothing, or null when a slot is unused by its empty address alone (a cleared slot keeps its level).</param>
    /// <param name="writeTag">The SMI type the levels are written with: <see cref="SnmpTag.Integer32"/> or <see cref="SnmpTag.Gauge32"/>.</param>
    public SlotLevelCodec(IReadOnlyDictionary<AlertSeverity, int> levels, int? unused, SnmpTag writeTag)
    {
        ArgumentNullException.ThrowIfNull(levels);
        if (writeTag is not (SnmpTag.Integer32 or SnmpTag.Gauge32))
        {
            throw new ArgumentOutOfRangeException(nameof(writeTag), writeTag, "Levels are written as Integer32 or Gauge32.");
        }

        toWire = new Dictionary<AlertSeverity, int>(levels);
        UnusedLevel = unused;
        WriteTag = writeTag;
    }

    /// <summary>The wire value of an unused slot; <see cref="int.MinValue"/> (never a level read) when the device has none.</summary>
    public int Unused => UnusedLevel ?? int.MinValue;

    /// <summary>The wire value of an unused slot, or null when the device has none (a cleared slot keeps its level).</summary>
    public int? UnusedLevel { get; }

    /// <summary>The SMI type the levels are written with.</summary>
    public SnmpTag WriteTag { get; }

    /// <summary>The SNMP value of a wire level, in <see cref="WriteTag"/>'s type.</summary>
    /// <param name="wire">The wire level.</param>
    /// <returns>The value to set.</returns>
    public SnmpValue Encode(int wire) => WriteTag == SnmpTag.Gauge32 ? new Gauge32((uint)wire) : new Integer32(wire);

    /// <summary>The wire level read, whatever integer type the agent answers with (agents differ from their MIBs); null when not a number.</summary>
    /// <param name="value">The value read.</param>
    /// <returns>The level or null.</returns>
    public static int? Decode(SnmpValue value) => value switch
    {
        Integer32 i => i.Value,
        Gauge32 g when g.Value <= int.MaxValue => (int)g.Value,
        Counter32 c when c.Value <= int.MaxValue => (int)c.Value,
        _ => null,
    };

    /// <summary>The severities the device can express, least severe first, as catalogue words.</summary>
    public IReadOnlyList<string> Words => [.. toWire.Keys.Order().Select(s => s.ToString().ToLowerInvariant())];

    /// <summary>The wire value of <paramref name="severity"/>, or null when the device cannot express it.</summary>
    /// <param name="severity">The canonical severity.</param>
    /// <returns>The wire value or null.</returns>
    public int? ToWire(AlertSeverity severity) => toWire.TryGetValue(severity, out var wire) ? wire : null;

    /// <summary>The canonical severity of a wire value; null for the unused level and values outside the enumeration.</summary>
    /// <param name="wire">The INTEGER read.</param>
    /// <returns>The severity or null.</returns>
    public AlertSeverity? FromWire(int wire)
    {
        foreach (var (severity, value) in toWire)
        {
            if (value == wire)
            {
                return severity;
            }
        }

        return null;
    }

    /// <summary>Why <paramref name="severity"/> cannot be written, for a refusal.</summary>
    /// <param name="severity">A severity <see cref="ToWire"/> has no value for.</param>
    /// <returns>The reason.</returns>
    public string CannotExpress(AlertSeverity severity) => string.Create(
        CultureInfo.InvariantCulture,
        $"the device has no per-recipient level for '{severity.ToString().ToLowerInvariant()}' (it knows {string.Join(", ", Words)}); use one of those");
}
