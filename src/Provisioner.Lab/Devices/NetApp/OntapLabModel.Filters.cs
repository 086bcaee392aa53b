using System.Text.Json.Nodes;
using Provisioner.Lab.Http;

namespace Provisioner.Lab.Devices.NetApp;

/// <summary>
/// <c>/api/support/ems/filters[/{name}]</c> (list with <c>?name=</c>, create, PATCH of <c>rules</c>; built-in filters are
/// read-only) and <c>/api/support/ems/application-logs</c>: the event is routed through each e-mail destination's
/// filters and really mailed to the lab's SMTP capture from <c>mail_from</c> through <c>mail_server</c>.
/// </summary>
public sealed partial class OntapLabModel
{
    private const string FiltersPath = "/api/support/ems/filters";
    private static readonly string[] Severities = ["emergency", "alert", "error", "notice", "informational", "debug"];

    private LabHttpResponse FiltersRoute(LabHttpRequest request, string path)
    {
        if (path == FiltersPath)
        {
            return request.Method switch
            {
                "GET" => ListFilters(request),
                "POST" => CreateFilter(request),
                _ => OntapLabErrors.MethodNotAllowed(request.Method),
            };
        }

        var name = Uri.UnescapeDataString(path[(FiltersPath.Length + 1)..]);
        OntapLabFilter? found;
        lock (gate)
        {
            found = filters.FirstOrDefault(f => f.Name == name);
        }

        return (found, request.Method) switch
        {
            (null, _) => OntapLabErrors.NotFound(name),
            (_, "GET") => LabHttpResponse.Json(200, found.ToJson()),
            (_, "PATCH") => PatchFilter(request, found),
            _ => OntapLabErrors.MethodNotAllowed(request.Method),
        };
    }

    private LabHttpResponse ListFilters(LabHttpRequest request)
    {
        var name = request.Query.TrimStart('?').Split('&').Select(p => p.Split('=', 2)).FirstOrDefault(p => p[0] == "name" && p.Length == 2)?[1];
        name = name is null ? null : Uri.UnescapeDataString(name);
        lock (gate)
        {
            return LabHttpResponse.Json(200, Collection(filters.Where(f => name is null || f.Name == name).Select(f => (JsonNode)f.ToJson())));
        }
    }

    private LabHttpResponse CreateFilter(LabHttpRequest request)
    {
        if (ParseBody(request) is not { } body || body["name"]?.GetValue<string>() is not { Length: > 0 } name)
        {
            return OntapLabErrors.BadRequest(OntapLabErrors.InvalidValue, "A filter needs a name.", "name");
        }

        var rules = body["rules"] as JsonArray ?? [];
        if (Refuses(FiltersProperty, $"POST {name}"))
        {
            return OntapLabErrors.BadRequest(OntapLabErrors.InvalidValue, $"Filter \"{name}\" could not be created.", "name");
        }

        lock (gate)
        {
            if (filters.Any(f => f.Name == name))
            {
                return OntapLabErrors.Error(409, OntapLabErrors.DuplicateEntry, $"Filter \"{name}\" already exists.", "name");
            }

            if (Accept(FiltersProperty, $"POST {name} {rules.ToJsonString()}"))
            {
                filters.Add(new OntapLabFilter(name, (JsonArray)rules.DeepClone()));
            }
        }

        return LabHttpResponse.Json(201, new JsonObject());
    }

    private LabHttpResponse PatchFilter(LabHttpRequest request, OntapLabFilter current)
    {
        if (ParseBody(request) is not { } body)
        {
            return Malformed();
        }

        if (current.SystemDefined)
        {
            return OntapLabErrors.BadRequest(OntapLabErrors.SystemDefined, $"Filter \"{current.Name}\" is system-defined and cannot be modified.", "name");
        }

        var rules = body["rules"] as JsonArray ?? current.Rules;
        if (Refuses(FiltersProperty, $"PATCH {current.Name}"))
        {
            return OntapLabErrors.BadRequest(OntapLabErrors.InvalidValue, $"Filter \"{current.Name}\" could not be modified.", "rules");
        }

        lock (gate)
        {
            if (Accept(FiltersProperty, $"PATCH {current.Name} {rules.ToJsonString()}"))
            {
                filters[filters.FindIndex(f => f.Name == current.Name)] = current with { Rules = (JsonArray)rules.DeepClone() };
            }
        }

        return OntapLabErrors.Ok();
    }

    private LabHttpResponse ApplicationLog(LabHttpRequest request)
    {
        if (ParseBody(request) is not { } body)
        {
            return Malformed();
        }

        var severity = body["severity"]?.GetValue<string>() ?? string.Empty;
        if (!Severities.Contains(severity))
        {
            return OntapLabErrors.BadRequest(OntapLabErrors.InvalidValue, $"Invalid value \"{severity}\" for field \"severity\".", "severity");
        }

        var messageName = "app.log." + severity;
        var text = body["event_description"]?.GetValue<string>() ?? string.Empty;
        string server, from;
        List<string> recipients;
        lock (gate)
        {
            (server, from) = (mailServer, mailFrom);
            recipients = [.. destinations.Where(d => d.Type == "email" && d.Filters.Any(n => filters.FirstOrDefault(f => f.Name == n)?.Passes(messageName, severity) == true)).Select(d => d.Destination)];
        }

        Accept("application-logs", $"{messageName} to {recipients.Count} destination(s)");
        if (recipients.Count > 0)
        {
            // EMS mails asynchronously; the lab sends for real and tracks it with WhenIdleAsync.
            var (host, port) = SplitMailServer(server);
            _ = mailer.SendAsync(host, port, from, recipients, $"{Name}: {messageName} ({severity.ToUpperInvariant()})", $"Message Name: {messageName}\nSeverity: {severity.ToUpperInvariant()}\nSource: {body["event_source"]?.GetValue<string>()}\nDescription: {text}\n");
        }

        return LabHttpResponse.Json(201, new JsonObject());
    }
}
