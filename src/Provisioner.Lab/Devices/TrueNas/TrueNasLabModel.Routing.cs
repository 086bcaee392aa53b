using System.Globalization;
using System.Text.Json.Nodes;

namespace Provisioner.Lab.Devices.TrueNas;

/// <summary>The method table both APIs share, and REST's routing onto it (<c>restful.py</c>).</summary>
public sealed partial class TrueNasLabModel
{
    /// <summary>Runs one middleware method with positional arguments.</summary>
    /// <param name="method">The method name.</param>
    /// <param name="args">The arguments.</param>
    /// <returns>The result, or null when there is no such method.</returns>
    private async Task<TrueNasCall?> InvokeAsync(string method, JsonArray args) => method switch
    {
        "system.info" => new TrueNasCall.Ok(SystemInfo()),
        "mail.config" => new TrueNasCall.Ok(MailConfig()),
        "mail.update" => MailUpdate(args.Count > 0 ? args[0] as JsonObject : null),
        "mail.send" => await MailSendAsync(args.Count > 0 ? args[0] as JsonObject : null, args.Count > 1 ? args[1] as JsonObject : null, "message").ConfigureAwait(false),
        "alertservice.query" => new TrueNasCall.Ok(QueryServices()),
        "alertservice.create" => CreateService(args.Count > 0 ? args[0] as JsonObject : null),
        "alertservice.update" => UpdateService(IdOf(args.Count > 0 ? args[0] : null), args.Count > 1 ? args[1] as JsonObject : null),
        "alertservice.delete" => DeleteService(IdOf(args.Count > 0 ? args[0] : null)),
        "core.get_jobs" => new TrueNasCall.Ok(GetJobs(JobFilter(args))),
        _ => null,
    };

    private async Task<TrueNasCall> RestAsync(string verb, string path, string query, JsonNode? body)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        switch (verb, segments)
        {
            case ("GET", ["system", "info"]):
                return new TrueNasCall.Ok(SystemInfo());
            case ("GET", ["mail"]):
                return new TrueNasCall.Ok(MailConfig());
            case ("PUT", ["mail"]):
                return MailUpdate(body as JsonObject);
            case ("POST", ["mail", "send"]):
                var (message, config) = Firmware == TrueNasLabFirmware.Scale2504 ? ("mail_message", "mail_update") : ("message", "config");
                if (body is not JsonObject send || send.Select(p => p.Key).FirstOrDefault(k => k != message && k != config) is { } unexpected)
                {
                    return new TrueNasCall.Failed(body is JsonObject ? $"The following attributes are not expected: {string.Join(", ", ((JsonObject)body).Select(p => p.Key).Where(k => k != message && k != config))}" : "Endpoint accepts multiple params, object/dict expected.", 22);
                }

                return await MailSendAsync(send[message] as JsonObject, send[config] as JsonObject, message).ConfigureAwait(false);
            case ("GET", ["alertservice"]):
                return new TrueNasCall.Ok(QueryServices());
            case ("POST", ["alertservice"]):
                return CreateService(body as JsonObject);
            case ("PUT", ["alertservice", "id", var id]):
                return UpdateService(int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var u) ? u : null, body as JsonObject);
            case ("DELETE", ["alertservice", "id", var id]):
                return DeleteService(int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : null);
            case ("GET", ["core", "get_jobs"]):
                var jobId = query.StartsWith("?id=", StringComparison.Ordinal) && long.TryParse(query[4..], NumberStyles.None, CultureInfo.InvariantCulture, out var j) ? j : (long?)null;
                return new TrueNasCall.Ok(GetJobs(jobId));
            default:
                return new TrueNasCall.Missing($"{verb} /api/v2.0{path} not found");
        }
    }

    private static int? IdOf(JsonNode? node) => node is JsonValue v && v.TryGetValue<int>(out var id) ? id : null;

    // core.get_jobs([["id","=",n]]): only the id filter is modelled.
    private static long? JobFilter(JsonArray args) =>
        args.Count > 0 && args[0] is JsonArray filters && filters.Count > 0 && filters[0] is JsonArray { Count: 3 } f && f[0]?.GetValue<string>() == "id" && f[2] is JsonValue v && v.TryGetValue<long>(out var id) ? id : null;

    private JsonObject SystemInfo() => new()
    {
        ["version"] = Version,
        ["hostname"] = Name,
        ["system_product"] = "TRUENAS-M40-HA",
        ["system_serial"] = "A1-" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Name)))[..8],
        ["system_manufacturer"] = "iXsystems",
        ["model"] = "Intel(R) Xeon(R) Silver 4210R CPU @ 2.40GHz",
        ["uptime_seconds"] = 86400.5,
    };
}
