using System.Text.Json;
using System.Text.Json.Serialization;

namespace Provisioner.Inventory.Rendering;

/// <summary>
/// The versioned JSON document <c>provisioner render --output json</c> prints: every selected device
/// with its desired settings and their provenance. <see cref="Parse"/> reads it back.
/// </summary>
/// <param name="SchemaVersion">The document version; <see cref="CurrentVersion"/> when written by this build.</param>
/// <param name="Inventory">The inventory path rendered.</param>
/// <param name="Devices">The devices in inventory order.</param>
public sealed record DesiredStateDocument(int SchemaVersion, string Inventory, IReadOnlyList<RenderedDevice> Devices)
{
    /// <summary>The version this build writes.</summary>
    public const int CurrentVersion = 1;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>Builds the document for <paramref name="devices"/>.</summary>
    /// <param name="inventory">The inventory path.</param>
    /// <param name="devices">The devices.</param>
    /// <returns>The document.</returns>
    public static DesiredStateDocument Create(string inventory, IEnumerable<Device> devices)
    {
        ArgumentNullException.ThrowIfNull(devices);
        return new DesiredStateDocument(CurrentVersion, inventory, [.. devices.Select(RenderedDevice.From)]);
    }

    /// <summary>Reads a document written by <see cref="ToJson"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The document.</returns>
    /// <exception cref="JsonException">The text is not a desired-state document.</exception>
    public static DesiredStateDocument Parse(string json) =>
        JsonSerializer.Deserialize<DesiredStateDocument>(json, Options) ?? throw new JsonException("The document is empty (null).");

    /// <summary>Writes the document as indented JSON with camelCase names.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => JsonSerializer.Serialize(this, Options);
}
