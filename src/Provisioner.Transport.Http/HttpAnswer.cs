using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Provisioner.Abstractions;

namespace Provisioner.Transport.Http;

/// <summary>
/// A device's HTTP answer, whatever its status (401 and 403 never get here: they throw
/// <see cref="DeviceAuthenticationException"/>). <see cref="Interpret"/> says what it means;
/// <see cref="ReadJson()"/> reads the body. Its string form shows no header and no body.
/// </summary>
public sealed class HttpAnswer
{
    private readonly IReadOnlyDictionary<string, string> headers;
    private readonly SecretScrubber scrubber;

    internal HttpAnswer(int statusCode, string body, IReadOnlyDictionary<string, string> headers, string endpoint, string operation, SecretScrubber scrubber)
    {
        StatusCode = statusCode;
        Body = body;
        this.headers = headers;
        Endpoint = endpoint;
        Operation = operation;
        this.scrubber = scrubber;
    }

    /// <summary>The HTTP status code, e.g. 200.</summary>
    public int StatusCode { get; }

    /// <summary>The body as text (empty when there was none). Data for the driver, never for messages.</summary>
    public string Body { get; }

    /// <summary>The device endpoint, e.g. <c>https://127.0.0.1:8443</c>.</summary>
    public string Endpoint { get; }

    /// <summary>The call, e.g. <c>GET /redfish/v1/EventService</c>.</summary>
    public string Operation { get; }

    /// <summary>A response header (case-insensitive name; several values joined with <c>, </c>).</summary>
    /// <param name="name">The header name, e.g. <c>ETag</c>.</param>
    /// <returns>The value, or null when absent.</returns>
    public string? Header(string name) => headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>The body as a JSON document.</summary>
    /// <returns>The root element.</returns>
    /// <exception cref="DeviceProtocolException">The body is not JSON.</exception>
    public JsonElement ReadJson()
    {
        try
        {
            using var document = JsonDocument.Parse(Body);
            return document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw NotJson(ex, "JSON");
        }
    }

    /// <summary>The body read as <typeparamref name="T"/> with source-generated metadata.</summary>
    /// <typeparam name="T">The expected shape.</typeparam>
    /// <param name="typeInfo">The source-generated type information.</param>
    /// <returns>The value.</returns>
    /// <exception cref="DeviceProtocolException">The body is not that JSON, or is <c>null</c>.</exception>
    public T ReadJson<T>(JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        try
        {
            return JsonSerializer.Deserialize(Body, typeInfo) ?? throw new DeviceProtocolException($"{Operation} at {Endpoint} answered JSON null where {typeof(T).Name} was expected.") { Endpoint = Endpoint, Operation = Operation };
        }
        catch (JsonException ex)
        {
            throw NotJson(ex, typeof(T).Name);
        }
    }

    /// <summary>What the answer means: accepted, rejected with the device's messages, or resource missing.</summary>
    /// <returns>The outcome.</returns>
    /// <exception cref="DeviceProtocolException">Any other status, or a 400/422 without messages.</exception>
    public HttpOutcome Interpret()
    {
        if (StatusCode is >= 200 and < 300)
        {
            return new HttpAccepted(this);
        }

        if (StatusCode == 404)
        {
            return new HttpResourceMissing(this);
        }

        if (StatusCode is 400 or 422)
        {
            var messages = RedfishErrorParser.Parse(Body, scrubber);
            if (messages.Count > 0)
            {
                return new HttpRejected(this, messages);
            }

            throw new DeviceProtocolException($"{Operation} at {Endpoint} was refused with HTTP {StatusCode} without a Redfish @Message.ExtendedInfo saying why. Check the device's own log for the reason.") { Endpoint = Endpoint, Operation = Operation };
        }

        var advice = StatusCode >= 500 ? "The device failed internally; retry later or check its health." : "The device answered a status the driver does not expect.";
        throw new DeviceProtocolException($"{Operation} at {Endpoint} answered HTTP {StatusCode}. {advice}") { Endpoint = Endpoint, Operation = Operation };
    }

    /// <inheritdoc />
    public override string ToString() => $"HTTP {StatusCode} for {Operation} at {Endpoint}";

    private DeviceProtocolException NotJson(JsonException ex, string expected) =>
        new($"{Operation} at {Endpoint} answered HTTP {StatusCode} with a body that is not the {expected} expected (at line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}, path {ex.Path ?? "$"}). Check that the address is the device's API.")
        {
            Endpoint = Endpoint,
            Operation = Operation,
        };
}
