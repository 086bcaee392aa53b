using System.Text.Json;

namespace Provisioner.Drivers.NetApp;

/// <summary>
/// ONTAP's error object, <c>{"error":{"message":"…","code":"983123","target":"mail_server"}}</c> (rest-ssh-apis.md §5,
/// docs.netapp.com generic error example). The code is a string of digits; <c>target</c> names the field when there is one.
/// </summary>
/// <param name="Code">The ONTAP error code, e.g. <c>983123</c>; empty when the device sent none.</param>
/// <param name="Message">The device's message, secrets scrubbed.</param>
/// <param name="Target">The field or object the error concerns, or null.</param>
internal sealed record OntapError(string Code, string Message, string? Target)
{
    /// <summary>Reads the error object from a body.</summary>
    /// <param name="body">The body text.</param>
    /// <param name="scrub">Removes secrets from device text.</param>
    /// <returns>The error, or null when the body holds none.</returns>
    public static OntapError? Parse(string body, Func<string, string> scrub)
    {
        ArgumentNullException.ThrowIfNull(scrub);
        try
        {
            using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(body) ? "null" : body);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("error", out var error) || error.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var code = Text(error, "code");
            var message = Text(error, "message");
            return code is null && message is null ? null : new OntapError(code ?? string.Empty, scrub(message ?? string.Empty), Text(error, "target") is { } t ? scrub(t) : null);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The error as one line for diagnostics, e.g. <c>983123 The validation of the mail server provided failed (target mail_server)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{(Code.Length > 0 ? Code + " " : string.Empty)}{Message}{(Target is { Length: > 0 } t ? $" (target {t})" : string.Empty)}";

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;
}
