using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Provisioner.Lab.Http;

namespace Provisioner.Lab.Devices.NetApp;

/// <summary>
/// <c>/api/support/ems/destinations[/{name}]</c>: list, create, PATCH (<c>destination</c>, <c>filters</c>; <c>name</c> and
/// <c>type</c> refused), delete; the system-defined <c>snmp-traphost</c> is read-only.
/// </summary>
public sealed partial class OntapLabModel
{
    private const string DestinationsPath = "/api/support/ems/destinations";

    private LabHttpResponse DestinationsRoute(LabHttpRequest request, string path)
    {
        if (path == DestinationsPath)
        {
            return request.Method switch
            {
                "GET" => ListDestinations(),
                "POST" => CreateDestination(request),
                _ => OntapLabErrors.MethodNotAllowed(request.Method),
            };
        }

        var name = Uri.UnescapeDataString(path[(DestinationsPath.Length + 1)..]);
        OntapLabDestination? found;
        lock (gate)
        {
            found = destinations.FirstOrDefault(d => d.Name == name);
        }

        if (found is null)
        {
            return OntapLabErrors.NotFound(name);
        }

        return request.Method switch
        {
            "GET" => LabHttpResponse.Json(200, found.ToJson()),
            "PATCH" => PatchDestination(request, found),
            "DELETE" => DeleteDestination(found),
            _ => OntapLabErrors.MethodNotAllowed(request.Method),
        };
    }

    private LabHttpResponse ListDestinations()
    {
        lock (gate)
        {
            return LabHttpResponse.Json(200, Collection(destinations.OrderBy(d => d.Name, StringComparer.Ordinal).Select(d => (JsonNode)d.ToJson())));
        }
    }

    private LabHttpResponse CreateDestination(LabHttpRequest request)
    {
        if (ParseBody(request) is not { } body)
        {
            return Malformed();
        }

        var name = body["name"]?.GetValue<string>() ?? string.Empty;
        var type = body["type"]?.GetValue<string>() ?? string.Empty;
        var address = body["destination"]?.GetValue<string>() ?? string.Empty;
        var wanted = FilterNames(body);
        if (!DestinationName().IsMatch(name))
        {
            return OntapLabErrors.BadRequest(OntapLabErrors.InvalidValue, $"Invalid destination name \"{name}\": use 2 to 64 characters of A-Z, a-z, 0-9, '_' and '-'.", "name");
        }

        if (type is not ("email" or "syslog" or "rest_api"))
        {
            return OntapLabErrors.BadRequest(OntapLabErrors.InvalidValue, $"Invalid value \"{type}\" for field \"type\".", "type");
        }

        if (Invalid(type, address, wanted) is { } invalid)
        {
            return invalid;
        }

        var logged = $"POST {name} {type} {address} [{string.Join(',', wanted)}]";
        if (Refuses(DestinationsProperty, logged))
        {
            return OntapLabErrors.BadRequest(OntapLabErrors.InvalidValue, $"Destination \"{name}\" could not be created.", "destination");
        }

        lock (gate)
        {
            if (destinations.Any(d => d.Name == name))
            {
                return OntapLabErrors.Error(409, OntapLabErrors.DuplicateEntry, $"Destination \"{name}\" already exists.", "name");
            }

            if (Accept(DestinationsProperty, logged))
            {
                destinations.Add(new OntapLabDestination(name, type, address, wanted));
            }
        }

        return LabHttpResponse.Json(201, new JsonObject());
    }

    private LabHttpResponse PatchDestination(LabHttpRequest request, OntapLabDestination current)
    {
        if (ParseBody(request) is not { } body)
        {
            return Malformed();
        }

        if (body.Select(p => p.Key).FirstOrDefault(k => k is "name" or "type") is { } immutable)
        {
            return OntapLabErrors.BadRequest(OntapLabErrors.FieldCannotBeSet, $"Field \"{immutable}\" cannot be set in this operation.", immutable);
        }

        if (current.SystemDefined)
        {
            return OntapLabErrors.BadRequest(OntapLabErrors.SystemDefined, $"Destination \"{current.Name}\" is system-defined and cannot be modified.", "name");
        }

        var next = current with
        {
            Destination = body["destination"]?.GetValue<string>() ?? current.Destination,
            Filters = body.ContainsKey("filters") ? FilterNames(body) : current.Filters,
        };
        if (Invalid(next.Type, next.Destination, next.Filters) is { } invalid)
        {
            return invalid;
        }

        var logged = $"PATCH {next.Name} {next.Type} {next.Destination} [{string.Join(',', next.Filters)}]";
        if (Refuses(DestinationsProperty, logged))
        {
            return OntapLabErrors.BadRequest(OntapLabErrors.InvalidValue, $"Destination \"{current.Name}\" could not be modified.", "destination");
        }

        lock (gate)
        {
            if (Accept(DestinationsProperty, logged))
            {
                destinations[destinations.FindIndex(d => d.Name == current.Name)] = next;
            }
        }

        return OntapLabErrors.Ok();
    }

    private LabHttpResponse DeleteDestination(OntapLabDestination current)
    {
        if (current.SystemDefined)
        {
            return OntapLabErrors.BadRequest(OntapLabErrors.SystemDefined, $"Destination \"{current.Name}\" is system-defined and cannot be deleted.", "name");
        }

        var logged = $"DELETE {current.Name}";
        if (Refuses(DestinationsProperty, logged))
        {
            return OntapLabErrors.BadRequest(OntapLabErrors.InvalidValue, $"Destination \"{current.Name}\" could not be deleted.", "name");
        }

        lock (gate)
        {
            if (Accept(DestinationsProperty, logged))
            {
                destinations.RemoveAll(d => d.Name == current.Name);
            }
        }

        return OntapLabErrors.Ok();
    }

    private LabHttpResponse? Invalid(string type, string address, IReadOnlyList<string> wanted)
    {
        if (type == "email" && (address.Count(c => c == '@') != 1 || address.StartsWith('@') || address.EndsWith('@') || address.Contains(' ', StringComparison.Ordinal)))
        {
            return OntapLabErrors.BadRequest(OntapLabErrors.InvalidValue, $"Invalid email address \"{address}\".", "destination");
        }

        lock (gate)
        {
            return wanted.FirstOrDefault(f => filters.All(x => x.Name != f)) is { } missing
                ? OntapLabErrors.Error(404, OntapLabErrors.EntryDoesNotExist, $"Filter \"{missing}\" does not exist.", "filters.name")
                : null;
        }
    }

    private static List<string> FilterNames(JsonObject body) =>
        [.. (body["filters"] as JsonArray ?? []).Select(f => f?["name"]?.GetValue<string>()).OfType<string>()];

    [GeneratedRegex("^[A-Za-z0-9_-]{2,64}$")]
    private static partial Regex DestinationName();
}
