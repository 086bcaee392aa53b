using System.Text.Json;

namespace Provisioner.Drivers.Pure;

/// <summary>FlashArray's refusal: a non-2xx answer with <c>{"errors":[{"context":"…","message":"…"}]}</c> (rest-ssh-apis.md §12).</summary>
/// <param name="Message">The first error's message, secrets scrubbed.</param>
/// <param name="Context">The first error's context (the object or field), or null.</param>
internal sealed record PureError(string Message, string? Context)
{
    /// <summary>Reads <c>errors[0]</c> from a body.</summary>
    /// <param name="body">The body.</param>
    /// <param name="scrub">Removes secrets from device text.</param>
    /// <returns>The error, or null when the body holds none.</returns>
    public static PureError? Parse(string body, Func<string, string> scrub)
    {
        ArgumentNullException.ThrowIfNull(scrub);
        try
        {
            using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(body) ? "null" : body);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Array || errors.GetArrayLength() == 0
                || errors[0].ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var first = errors[0];
            var message = first.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : string.Empty;
            var context = first.TryGetProperty("context", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
            return new PureError(scrub(message), context is null ? null : scrub(context));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The error as one line, e.g. <c>Invalid relay host. (context smtp)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Context is { Length: > 0 } c ? $"{Message} (context {c})" : Message;
}
