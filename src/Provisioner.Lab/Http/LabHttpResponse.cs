using System.Text.Json;
using System.Text.Json.Nodes;

namespace Provisioner.Lab.Http;

/// <summary>A simulated device's answer to one request.</summary>
/// <param name="StatusCode">The HTTP status, e.g. 200.</param>
/// <param name="Body">The body; empty for none.</param>
/// <param name="ContentType">The body's media type, or null when there is no body.</param>
public sealed record LabHttpResponse(int StatusCode, string Body, string? ContentType)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = false };

    /// <summary>Extra response headers, e.g. <c>Location</c>, <c>X-Auth-Token</c>, <c>ETag</c>.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>A JSON answer.</summary>
    /// <param name="statusCode">The status.</param>
    /// <param name="body">The JSON body.</param>
    /// <returns>The answer.</returns>
    public static LabHttpResponse Json(int statusCode, JsonNode? body) =>
        new(statusCode, body?.ToJsonString(Indented) ?? "null", "application/json; charset=utf-8");

    /// <summary>An answer without a body.</summary>
    /// <param name="statusCode">The status, e.g. 204.</param>
    /// <returns>The answer.</returns>
    public static LabHttpResponse Empty(int statusCode) => new(statusCode, string.Empty, null);

    /// <summary>This answer with one more header.</summary>
    /// <param name="name">The header name.</param>
    /// <param name="value">The value.</param>
    /// <returns>The answer.</returns>
    public LabHttpResponse WithHeader(string name, string value) =>
        this with { Headers = new Dictionary<string, string>(Headers, StringComparer.OrdinalIgnoreCase) { [name] = value } };
}
