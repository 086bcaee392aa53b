using System.Text;
using System.Text.Json;

namespace Provisioner.Drivers.Redfish;

/// <summary>Small JSON helpers: typed property reads that treat a wrong type as absent, and body writing.</summary>
internal static class Json
{
    /// <summary>A string property, or null when absent or not a string.</summary>
    /// <param name="element">The object.</param>
    /// <param name="name">The property.</param>
    /// <returns>The text.</returns>
    public static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>Whether the object has the property at all (any type, including null).</summary>
    /// <param name="element">The object.</param>
    /// <param name="name">The property.</param>
    /// <returns>True when present.</returns>
    public static bool Has(JsonElement element, string name) => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out _);

    /// <summary>Writes a JSON object with <paramref name="write"/>.</summary>
    /// <param name="write">Writes the object's members.</param>
    /// <returns>The JSON text.</returns>
    public static string Object(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The member links of a collection (<c>Members[].@odata.id</c>), in the order listed.</summary>
    /// <param name="collection">The collection resource.</param>
    /// <returns>The paths.</returns>
    public static IReadOnlyList<string> Members(JsonElement collection) =>
        collection.ValueKind == JsonValueKind.Object && collection.TryGetProperty("Members", out var members) && members.ValueKind == JsonValueKind.Array
            ? [.. members.EnumerateArray().Select(m => Text(m, "@odata.id")).OfType<string>()]
            : [];
}
