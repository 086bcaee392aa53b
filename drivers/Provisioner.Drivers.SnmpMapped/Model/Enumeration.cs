namespace Provisioner.Drivers.SnmpMapped.Model;

/// <summary>
/// A two-way table between canonical words (<c>true</c>, <c>warning</c>, <c>starttls</c>) and the wire
/// integers a device uses for them, from a mapping file's <c>values:</c>. Several wire values may not
/// share one word; one word maps to exactly one wire value.
/// </summary>
public sealed class Enumeration
{
    private readonly Dictionary<string, long> toWire;
    private readonly Dictionary<long, string> fromWire;

    /// <summary>Creates the table.</summary>
    /// <param name="entries">Canonical word and wire value pairs, in written order.</param>
    public Enumeration(IEnumerable<KeyValuePair<string, long>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = [.. entries];
        toWire = Entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.OrdinalIgnoreCase);
        fromWire = [];
        foreach (var (word, wire) in Entries)
        {
            fromWire.TryAdd(wire, word);
        }
    }

    /// <summary>The pairs as written.</summary>
    public IReadOnlyList<KeyValuePair<string, long>> Entries { get; }

    /// <summary>The canonical words, in written order.</summary>
    public IReadOnlyList<string> Words => [.. Entries.Select(e => e.Key)];

    /// <summary>Finds the wire value of <paramref name="word"/>.</summary>
    /// <param name="word">A canonical word.</param>
    /// <param name="wire">The wire value.</param>
    /// <returns>True when the word is listed.</returns>
    public bool TryToWire(string word, out long wire) => toWire.TryGetValue(word, out wire);

    /// <summary>Finds the canonical word of <paramref name="wire"/>.</summary>
    /// <param name="wire">A value read from the device.</param>
    /// <param name="word">The word, or null.</param>
    /// <returns>True when the value is listed.</returns>
    public bool TryFromWire(long wire, out string? word) => fromWire.TryGetValue(wire, out word);
}
