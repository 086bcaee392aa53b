using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Provisioner.Delivery;

/// <summary>Writes a <see cref="DeliveryReport"/> as indented JSON with stable snake_case names; null fields are left out.</summary>
public static class DeliveryJsonWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Returns the JSON text, ending with a newline.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The JSON.</returns>
    public static string ToJson(DeliveryReport report) => JsonSerializer.Serialize(report, Options) + "\n";
}
