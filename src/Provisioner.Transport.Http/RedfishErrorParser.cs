using System.Text.Json;

namespace Provisioner.Transport.Http;

/// <summary>
/// Reads the device's messages from a Redfish error body: <c>@Message.ExtendedInfo</c> at the root or
/// under <c>error</c>, or else <c>error.code</c> / <c>error.message</c> as one message. Anything that is
/// not such a body yields no messages.
/// </summary>
internal static class RedfishErrorParser
{
    private const string ExtendedInfo = "@Message.ExtendedInfo";

    /// <summary>Parses the body.</summary>
    /// <param name="body">The body text.</param>
    /// <param name="scrubber">Removes secrets the client sent from the device's text.</param>
    /// <returns>The messages; empty when there are none.</returns>
    public static IReadOnlyList<RedfishMessage> Parse(string body, SecretScrubber scrubber)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return [];
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return [];
            }

            if (root.TryGetProperty(ExtendedInfo, out var rootInfo) && rootInfo.ValueKind == JsonValueKind.Array && rootInfo.GetArrayLength() > 0)
            {
                return Read(rootInfo, scrubber);
            }

            if (!root.TryGetProperty("error", out var error) || error.ValueKind != JsonValueKind.Object)
            {
                return [];
            }

            if (error.TryGetProperty(ExtendedInfo, out var info) && info.ValueKind == JsonValueKind.Array && info.GetArrayLength() > 0)
            {
                return Read(info, scrubber);
            }

            var code = Text(error, "code");
            var message = Text(error, "message");
            return code is null && message is null ? [] : [new RedfishMessage(code ?? string.Empty, scrubber.Scrub(message ?? string.Empty), [], null, null)];
        }
    }

    private static RedfishMessage[] Read(JsonElement array, SecretScrubber scrubber) =>
        [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).Select(e => new RedfishMessage(
            Text(e, "MessageId") ?? string.Empty,
            scrubber.Scrub(Text(e, "Message") ?? string.Empty),
            e.TryGetProperty("RelatedProperties", out var related) && related.ValueKind == JsonValueKind.Array
                ? [.. related.EnumerateArray().Where(p => p.ValueKind == JsonValueKind.String).Select(p => p.GetString()!)]
                : [],
            Text(e, "Severity"),
            Text(e, "Resolution") is { } resolution ? scrubber.Scrub(resolution) : null))];

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
