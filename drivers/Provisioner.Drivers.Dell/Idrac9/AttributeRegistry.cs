using System.Globalization;
using System.Text.Json;

namespace Provisioner.Drivers.Dell.Idrac9;

/// <summary>
/// The iDRAC's <c>ManagerAttributeRegistry</c>, read at run time (types, enum values, bounds, read-only flags), so
/// that the driver writes only what this firmware accepts: the attribute set differs by generation (addendum §3).
/// </summary>
internal sealed class AttributeRegistry
{
    private readonly Dictionary<string, RegistryEntry> entries;

    private AttributeRegistry(Dictionary<string, RegistryEntry> entries) => this.entries = entries;

    /// <summary>A registry that knows nothing (the device serves none): writes are left to the device to judge.</summary>
    public static AttributeRegistry Unknown { get; } = new([]);

    /// <summary>Whether the device described any attribute.</summary>
    public bool IsKnown => entries.Count > 0;

    /// <summary>The entry of <paramref name="name"/>, or null.</summary>
    /// <param name="name">The attribute name.</param>
    /// <returns>The entry.</returns>
    public RegistryEntry? Find(string name) => entries.GetValueOrDefault(name);

    /// <summary>Reads a registry document (<c>RegistryEntries.Attributes[]</c>).</summary>
    /// <param name="document">The registry.</param>
    /// <returns>The registry.</returns>
    public static AttributeRegistry Parse(JsonElement document)
    {
        var entries = new Dictionary<string, RegistryEntry>(StringComparer.Ordinal);
        if (document.ValueKind != JsonValueKind.Object
            || !document.TryGetProperty("RegistryEntries", out var registryEntries)
            || registryEntries.ValueKind != JsonValueKind.Object
            || !registryEntries.TryGetProperty("Attributes", out var attributes)
            || attributes.ValueKind != JsonValueKind.Array)
        {
            return new AttributeRegistry(entries);
        }

        foreach (var a in attributes.EnumerateArray())
        {
            if (Text(a, "AttributeName") is not { } name)
            {
                continue;
            }

            var values = a.TryGetProperty("Value", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Select(v => Text(v, "ValueName")).OfType<string>().ToList()
                : [];
            var readOnly = Assumptions.ReadOnlyFlags.Any(flag => a.TryGetProperty(flag, out var f) && f.ValueKind == JsonValueKind.True);
            entries[name] = new RegistryEntry(name, Text(a, "Type") ?? "String", readOnly, values, Number(a, "LowerBound"), Number(a, "UpperBound"), (int?)Number(a, "MaxLength"));
        }

        return new AttributeRegistry(entries);
    }

    /// <summary>Why the registry refuses <paramref name="value"/> for <paramref name="name"/>, or null when it allows it (or does not describe it).</summary>
    /// <param name="name">The attribute.</param>
    /// <param name="value">The value to write: a string or a long.</param>
    /// <returns>The reason, or null.</returns>
    public string? Refusal(string name, object value)
    {
        if (Find(name) is not { } entry)
        {
            return null;
        }

        if (entry.ReadOnly)
        {
            return $"the registry marks {name} read-only";
        }

        return (entry.Type, value) switch
        {
            ("Enumeration", string s) when entry.Values.Count > 0 && !entry.Values.Contains(s, StringComparer.Ordinal) =>
                $"{name} accepts {string.Join(", ", entry.Values)}, not '{s}'",
            ("Integer", long n) when n < entry.LowerBound || n > entry.UpperBound =>
                string.Create(CultureInfo.InvariantCulture, $"{name} accepts {entry.LowerBound}..{entry.UpperBound}, not {n}"),
            (_, string s) when s.Length > entry.MaxLength =>
                string.Create(CultureInfo.InvariantCulture, $"{name} holds at most {entry.MaxLength} characters, the value has {s.Length}"),
            _ => null,
        };
    }

    private static string? Text(JsonElement e, string property) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(property, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    private static long? Number(JsonElement e, string property) =>
        e.TryGetProperty(property, out var p) && p.ValueKind == JsonValueKind.Number && p.TryGetInt64(out var n) ? n : null;
}
