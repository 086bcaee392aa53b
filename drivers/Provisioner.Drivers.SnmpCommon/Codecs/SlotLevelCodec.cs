using System.Globalization;
using Provisioner.Abstractions;

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
    {
        ArgumentNullException.ThrowIfNull(levels);
        toWire = new Dictionary<AlertSeverity, int>(levels);
        Unused = unused;
    }

    /// <summary>The wire value of an unused slot.</summary>
    public int Unused { get; }

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
