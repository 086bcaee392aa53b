using System.Globalization;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using Provisioner.Abstractions;
using Provisioner.Transport.Http;

namespace Provisioner.Drivers.TrueNas.Api;

/// <summary>
/// Middleware calls over REST <c>/api/v2.0/</c> (<c>restful.py</c> up to 25.10, reference §3): a config service's
/// <c>config</c>/<c>update</c> are <c>GET</c>/<c>PUT /&lt;svc&gt;</c>, a CRUD service's <c>query</c>/<c>create</c> are
/// <c>GET</c>/<c>POST /&lt;svc&gt;</c> and <c>update</c>/<c>delete</c> <c>PUT</c>/<c>DELETE /&lt;svc&gt;/id/{id}</c>; other methods
/// are <c>POST /&lt;svc&gt;/&lt;method&gt;</c> with a multi-parameter body keyed by parameter name. Errors are read from the
/// body: 422 <c>{"&lt;attr&gt;":[{"message","errno"}]}</c> (validation) or <c>{"message","errno"}</c> (call error).
/// </summary>
internal sealed class RestChannel : ITrueNasChannel
{
    private readonly DeviceHttpClient http;
    private readonly Scrubber scrubber;

    /// <summary>Creates the channel over an authenticated client.</summary>
    /// <param name="http">The client with the Bearer header set; the channel disposes it.</param>
    /// <param name="scrubber">The session's secrets.</param>
    public RestChannel(DeviceHttpClient http, Scrubber scrubber)
    {
        this.http = http;
        this.scrubber = scrubber;
    }

    /// <inheritdoc/>
    public ApiGeneration Generation => ApiGeneration.Rest;

    /// <inheritdoc/>
    public string Endpoint => http.Endpoint;

    /// <summary>
    /// The parameter names of <c>mail.send</c>'s REST body: <c>mail_message</c>/<c>mail_update</c> up to 25.04 (legacy
    /// schema), <c>message</c>/<c>config</c> from 25.10 (<see cref="TrueNasAssumptions.RestSendNamesFrom2510"/>).
    /// </summary>
    public (string Message, string Config) SendParameterNames { get; set; } = ("mail_message", "mail_update");

    /// <inheritdoc/>
    public void AddSecret(Secret secret)
    {
        scrubber.Add(secret);
        http.AddSecret(secret);
    }

    /// <inheritdoc/>
    public async Task<TrueNasAnswer> CallAsync(string method, JsonArray args, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        var (verb, path, body) = Route(method, args);
        var answer = await http.SendAsync(verb, Methods.RestBase + path, body?.ToJsonString(), cancellationToken).ConfigureAwait(false);
        var operation = answer.Operation;
        if (answer.StatusCode is >= 200 and < 300)
        {
            var result = answer.Body.Length == 0 ? default : answer.ReadJson();
            return new TrueNasAnswer(operation, result, []);
        }

        if (answer.StatusCode is 400 or 404 or 409 or 422)
        {
            var errors = ReadErrors(answer.Body);
            if (errors.Count == 0)
            {
                errors = [new TrueNasError(string.Empty, answer.StatusCode == 404 ? "not found" : string.Create(CultureInfo.InvariantCulture, $"HTTP {answer.StatusCode} without an error body"))];
            }

            return new TrueNasAnswer(operation, default, errors);
        }

        throw new DeviceProtocolException(string.Create(CultureInfo.InvariantCulture, $"{operation} at {Endpoint} answered HTTP {answer.StatusCode}. {(answer.StatusCode >= 500 ? "The middleware failed internally (its traceback is not shown); check the device's middlewared log." : "The driver does not expect this status.")}"))
        {
            Endpoint = Endpoint,
            Operation = operation,
        };
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync()
    {
        http.Dispose();
        return ValueTask.CompletedTask;
    }

    private (HttpMethod Verb, string Path, JsonNode? Body) Route(string method, JsonArray args) => method switch
    {
        Methods.SystemInfo => (HttpMethod.Get, "/system/info", null),
        Methods.MailConfig => (HttpMethod.Get, "/mail", null),
        Methods.MailUpdate => (HttpMethod.Put, "/mail", Arg(args, 0)),
        Methods.AlertServiceQuery => (HttpMethod.Get, "/alertservice", null),
        Methods.AlertServiceCreate => (HttpMethod.Post, "/alertservice", Arg(args, 0)),
        Methods.AlertServiceUpdate => (HttpMethod.Put, "/alertservice/id/" + Id(args), Arg(args, 1)),
        Methods.AlertServiceDelete => (HttpMethod.Delete, "/alertservice/id/" + Id(args), null),
        Methods.MailSend => (HttpMethod.Post, "/mail/send", SendBody(args)),
        Methods.GetJobs => (HttpMethod.Get, "/core/get_jobs?id=" + JobId(args), null),
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "No REST route for this method."),
    };

    private JsonObject SendBody(JsonArray args)
    {
        var body = new JsonObject { [SendParameterNames.Message] = Arg(args, 0) };
        if (args.Count > 1)
        {
            body[SendParameterNames.Config] = Arg(args, 1);
        }

        return body;
    }

    private static JsonNode? Arg(JsonArray args, int index) => index < args.Count ? args[index]?.DeepClone() : null;

    private static string Id(JsonArray args) => args[0]!.GetValue<int>().ToString(CultureInfo.InvariantCulture);

    // core.get_jobs([["id","=",n]]) → ?id=n
    private static string JobId(JsonArray args) => args[0]![0]![2]!.GetValue<long>().ToString(CultureInfo.InvariantCulture);

    private List<TrueNasError> ReadErrors(string body)
    {
        var errors = new List<TrueNasError>();
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(body);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return errors;
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return errors;
        }

        if (root.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String)
        {
            errors.Add(new TrueNasError(string.Empty, scrubber.Scrub(message.GetString()!)));
            return errors;
        }

        foreach (var attribute in root.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Array))
        {
            foreach (var item in attribute.Value.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("message", out var text) && text.ValueKind == JsonValueKind.String)
                {
                    errors.Add(new TrueNasError(attribute.Name, scrubber.Scrub(text.GetString()!)));
                }
            }
        }

        return errors;
    }
}
