using System.Text.Json;

namespace Provisioner.Drivers.Hpe;

/// <summary>
/// One entry of an iLO <c>@Message.ExtendedInfo</c>: iLO sends the MessageId and its MessageArgs, seldom a text
/// (HPEDevCom/redfishdocs <c>docs/concepts/errorresponses.md</c>). Read here rather than through the transport's
/// parser because iLO's property names travel in MessageArgs and a success travels in an HTTP 200.
/// </summary>
/// <param name="MessageId">E.g. <c>Base.1.12.Success</c> or <c>iLO.2.25.AlertMailFeatureDisabled</c>.</param>
/// <param name="Args">The MessageArgs as text.</param>
/// <param name="RelatedProperties">JSON pointers, when the iLO sends them.</param>
/// <param name="Text">The message text, when the iLO sends one; empty otherwise.</param>
internal sealed record IloMessage(string MessageId, IReadOnlyList<string> Args, IReadOnlyList<string> RelatedProperties, string Text)
{
    /// <summary>Whether the MessageId is a success (<c>Base.1.x.Success</c>).</summary>
    public bool IsSuccess => MessageId.EndsWith(Endpoints.SuccessSuffix, StringComparison.Ordinal);

    /// <summary>Whether the MessageId says AlertMail is off (<c>iLO.2.x.AlertMailFeatureDisabled</c>).</summary>
    public bool IsAlertMailDisabled => MessageId.EndsWith(Endpoints.AlertMailDisabledSuffix, StringComparison.Ordinal);

    /// <summary>The message for a diagnostic: the id, its arguments and the text when there is one.</summary>
    /// <returns>E.g. <c>iLO.2.25.PropertyValueBadParam (AlertMailEmail)</c>.</returns>
    public string Describe() =>
        MessageId + (Args.Count > 0 ? $" ({string.Join(", ", Args)})" : string.Empty) + (Text.Length > 0 ? $": {Text}" : string.Empty);

    /// <summary>Reads the messages of a body: <c>@Message.ExtendedInfo</c> at the root or under <c>error</c>, else <c>error.code</c>.</summary>
    /// <param name="body">The body text.</param>
    /// <returns>The messages; empty for a body without any.</returns>
    public static IReadOnlyList<IloMessage> Parse(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return [];
            }

            var error = root.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.Object ? e : (JsonElement?)null;
            var info = Info(root) ?? (error is { } err ? Info(err) : null);
            if (info is { } array)
            {
                return [.. array.EnumerateArray().Where(m => m.ValueKind == JsonValueKind.Object).Select(Read)];
            }

            return error is { } only && StringOf(only, "code") is { Length: > 0 } code ? [new IloMessage(code, [], [], StringOf(only, "message") ?? string.Empty)] : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static JsonElement? Info(JsonElement parent) =>
        parent.TryGetProperty("@Message.ExtendedInfo", out var info) && info.ValueKind == JsonValueKind.Array && info.GetArrayLength() > 0 ? info : null;

    private static IloMessage Read(JsonElement m) => new(
        StringOf(m, "MessageId") ?? string.Empty,
        Strings(m, "MessageArgs"),
        Strings(m, "RelatedProperties"),
        StringOf(m, "Message") ?? string.Empty);

    private static string[] Strings(JsonElement m, string name) =>
        m.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? [.. list.EnumerateArray().Select(a => a.ValueKind == JsonValueKind.String ? a.GetString()! : a.GetRawText())]
            : [];

    private static string? StringOf(JsonElement m, string name) =>
        m.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
