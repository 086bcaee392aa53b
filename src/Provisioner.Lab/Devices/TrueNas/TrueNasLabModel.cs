using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Provisioner.Lab.Hosting;
using Provisioner.Lab.Http;
using Provisioner.Lab.Smtp;

namespace Provisioner.Lab.Devices.TrueNas;

/// <summary>
/// A TrueNAS system's middleware (<c>truenas/middleware</c>, reference §3 and addendum §7) as one of three releases
/// (<see cref="Firmware"/>): REST <c>/api/v2.0/</c> with <c>Authorization: Bearer &lt;API key&gt;</c> (401 otherwise) up to
/// 25.10, the JSON-RPC 2.0 WebSocket <c>/api/current</c> (API-key login) from 26.04, where REST answers 404. The API keys
/// are the spec's HTTP account passwords. Methods: <c>system.info</c>, <c>mail.config/update/send</c> (a job that really
/// mails the lab's SMTP capture), <c>alertservice.query/create/update/delete</c>, <c>core.get_jobs</c>. Validation errors
/// are REST 422 bodies or JSON-RPC <c>-32001</c> errors with <c>data.extra</c>. Expiring sessions closes every logged-in
/// WebSocket at its next call (REST keys have no session). Writes are logged as <c>mail.&lt;field&gt;</c>
/// and <c>alertservice</c>; reject/lose faults use the same names.
/// </summary>
public sealed partial class TrueNasLabModel : IWebSocketSimulatedDevice
{
    /// <summary>The write-log and fault name of created, updated and deleted alert services.</summary>
    public const string ServicesProperty = "alertservice";

    /// <summary>The prefix of mail field names in the write log and faults, e.g. <c>mail.outgoingserver</c>.</summary>
    public const string MailPrefix = "mail.";

    private readonly IReadOnlyList<LabHttpAccount> accounts;
    private readonly TimeProvider time;
    private readonly LabTestMailer mailer;
    private readonly Lock gate = new();

    /// <summary>Creates the model in its factory state, as 25.10.</summary>
    /// <param name="context">The device, its relays, faults and clock.</param>
    public TrueNasLabModel(LabModelContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        accounts = context.Spec.HttpAccounts;
        Faults = context.Faults;
        time = context.Time;
        mailer = new LabTestMailer(context.Relays);
        Name = context.Name;
        Faults.SessionsExpired += (_, _) => Interlocked.Increment(ref sessionEpoch);
        Reset();
    }

    /// <inheritdoc/>
    public DeviceFaults Faults { get; }

    /// <inheritdoc/>
    public LabHttpWriteLog WriteLog { get; } = new();

    /// <summary>The device name (its hostname).</summary>
    public string Name { get; }

    /// <summary>The release the model answers as; the device, not its configuration, so not part of the exported state.</summary>
    public TrueNasLabFirmware Firmware { get; set; } = TrueNasLabFirmware.Scale2510;

    /// <summary>The version <c>system.info</c> reports.</summary>
    public string Version => Firmware switch
    {
        TrueNasLabFirmware.Scale2504 => "25.04.2.4",
        TrueNasLabFirmware.Scale2510 => "25.10.0",
        _ => "26.04.0",
    };

    private bool TypeInAttributes => Firmware != TrueNasLabFirmware.Scale2504;

    /// <inheritdoc/>
    public Task WhenIdleAsync() => mailer.WhenIdleAsync();

    /// <inheritdoc/>
    public async ValueTask<LabHttpResponse> HandleAsync(LabHttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Firmware == TrueNasLabFirmware.Scale2604 || !request.Path.StartsWith("/api/v2.0/", StringComparison.Ordinal))
        {
            return LabHttpResponse.Json(404, new JsonObject { ["message"] = "Not Found" });
        }

        if (request.Header("Authorization") is not { } auth || !auth.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || !IsApiKey(auth[7..].Trim()))
        {
            return new LabHttpResponse(401, "Invalid API key", "text/plain; charset=utf-8");
        }

        JsonNode? body;
        try
        {
            body = request.Body.Length == 0 ? null : JsonNode.Parse(request.Body);
        }
        catch (JsonException)
        {
            return LabHttpResponse.Json(400, new JsonObject { ["message"] = "Invalid JSON" });
        }

        var call = await RestAsync(request.Method, request.Path["/api/v2.0".Length..].TrimEnd('/'), request.Query, body).ConfigureAwait(false);
        return call switch
        {
            TrueNasCall.Ok ok => LabHttpResponse.Json(200, ok.Value),
            TrueNasCall.Invalid invalid => LabHttpResponse.Json(422, RestValidation(invalid)),
            TrueNasCall.Failed failed => LabHttpResponse.Json(422, new JsonObject { ["message"] = failed.Message, ["errno"] = failed.Errno }),
            TrueNasCall.Missing missing => LabHttpResponse.Json(404, new JsonObject { ["message"] = missing.Message }),
            _ => LabHttpResponse.Empty(500),
        };
    }

    /// <inheritdoc/>
    public IReadOnlyList<string> ExportState()
    {
        lock (gate)
        {
            return
            [
                new JsonObject { ["mail"] = mail.DeepClone() }.ToJsonString(),
                new JsonObject { ["nextServiceId"] = nextServiceId, ["services"] = new JsonArray([.. services.Select(s => s.DeepClone())]) }.ToJsonString(),
            ];
        }
    }

    /// <inheritdoc/>
    public void ImportState(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count != 2)
        {
            throw new FormatException($"A TrueNAS lab state has 2 lines (mail, alert services), not {lines.Count}.");
        }

        try
        {
            var cfg = JsonNode.Parse(lines[0])?["mail"] as JsonObject;
            var second = JsonNode.Parse(lines[1]) as JsonObject;
            var list = second?["services"] as JsonArray;
            var next = second?["nextServiceId"] is JsonValue v && v.TryGetValue<int>(out var n) ? n : (int?)null;
            if (cfg is null || list is null || next is null || list.Any(s => s is not JsonObject))
            {
                throw new FormatException("The lines are not a TrueNAS lab state (mail line, alert services line).");
            }

            lock (gate)
            {
                mail = (JsonObject)cfg.DeepClone();
                services = [.. list.Select(s => (JsonObject)s!.DeepClone())];
                nextServiceId = next.Value;
            }
        }
        catch (JsonException ex)
        {
            throw new FormatException("The lines are not a TrueNAS lab state.", ex);
        }
    }

    private static JsonObject RestValidation(TrueNasCall.Invalid invalid)
    {
        var body = new JsonObject();
        foreach (var (attribute, message) in invalid.Errors)
        {
            if (body[attribute] is not JsonArray list)
            {
                list = [];
                body[attribute] = list;
            }

            list.Add(new JsonObject { ["message"] = message, ["errno"] = 22 });
        }

        return body;
    }

    private bool IsApiKey(string key) =>
        accounts.Any(a => CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a.Password), Encoding.UTF8.GetBytes(key)));

    private bool IsApiKey(string? user, string key) =>
        user is null ? IsApiKey(key) : accounts.Any(a => a.User == user && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a.Password), Encoding.UTF8.GetBytes(key)));

    private void Log(string name, string value, bool stored) => WriteLog.Add(new LabHttpWrite(time.GetUtcNow(), name, value, stored));
}
