using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Provisioner.Lab.Hosting;
using Provisioner.Lab.Http;
using Provisioner.Lab.Smtp;

namespace Provisioner.Lab.Devices.NetApp;

/// <summary>
/// A simulated NetApp ONTAP 9.13.1 cluster's REST API (rest-ssh-apis.md §5): HTTP Basic against the spec's HTTP accounts
/// on every call (401 otherwise; ONTAP REST has no sessions), <c>/api/cluster</c>, <c>/api/cluster/nodes</c>,
/// <c>/api/support/ems</c> (<c>mail_from</c>, <c>mail_server</c> validated as <c>host[:port]</c>, code 983123),
/// <c>/api/support/ems/destinations</c> (with the system-defined <c>snmp-traphost</c>; <c>type</c> and <c>name</c> cannot
/// be PATCHed), <c>/api/support/ems/filters</c> (the three built-in filters, read-only) and
/// <c>/api/support/ems/application-logs</c>, whose event EMS routes through the filters and really mails to the lab's SMTP
/// capture. Refusals are ONTAP error objects (<see cref="OntapLabErrors"/>). Write-log and fault names:
/// <see cref="MailServerProperty"/>, <see cref="MailFromProperty"/>, <see cref="DestinationsProperty"/>, <see cref="FiltersProperty"/>.
/// </summary>
public sealed partial class OntapLabModel : IHttpSimulatedDevice
{
    /// <summary>The write-log and fault name of <c>mail_server</c>.</summary>
    public const string MailServerProperty = "mail_server";

    /// <summary>The write-log and fault name of <c>mail_from</c>.</summary>
    public const string MailFromProperty = "mail_from";

    /// <summary>The write-log and fault name of destination creates, changes and deletes.</summary>
    public const string DestinationsProperty = "destinations";

    /// <summary>The write-log and fault name of filter creates and changes.</summary>
    public const string FiltersProperty = "filters";

    private readonly IReadOnlyList<LabHttpAccount> accounts;
    private readonly TimeProvider time;
    private readonly LabTestMailer mailer;
    private readonly Lock gate = new();
    private string mailFrom = "admin@localhost";
    private string mailServer = "localhost";
    private List<OntapLabDestination> destinations = [];
    private List<OntapLabFilter> filters = [];

    /// <summary>Creates the model in a new cluster's state.</summary>
    /// <param name="context">The device, its relays, faults and clock.</param>
    public OntapLabModel(LabModelContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        accounts = context.Spec.HttpAccounts;
        Faults = context.Faults;
        time = context.Time;
        mailer = new LabTestMailer(context.Relays);
        Name = context.Name;
        destinations = [new OntapLabDestination("snmp-traphost", "snmp", string.Empty, ["default-trap-events"], true)];
        filters = [.. OntapLabFilter.BuiltIn];
    }

    /// <inheritdoc/>
    public DeviceFaults Faults { get; }

    /// <inheritdoc/>
    public LabHttpWriteLog WriteLog { get; } = new();

    /// <summary>The device (cluster) name.</summary>
    public string Name { get; }

    /// <summary>The stored <c>mail_server</c>.</summary>
    public string MailServer
    {
        get { lock (gate) { return mailServer; } }
        set { lock (gate) { mailServer = value; } }
    }

    /// <summary>The stored <c>mail_from</c>.</summary>
    public string MailFrom
    {
        get { lock (gate) { return mailFrom; } }
        set { lock (gate) { mailFrom = value; } }
    }

    /// <summary>The stored destinations.</summary>
    public IReadOnlyList<OntapLabDestination> Destinations
    {
        get { lock (gate) { return [.. destinations]; } }
    }

    /// <summary>The stored filters.</summary>
    public IReadOnlyList<OntapLabFilter> Filters
    {
        get { lock (gate) { return [.. filters]; } }
    }

    /// <inheritdoc/>
    public Task WhenIdleAsync() => mailer.WhenIdleAsync();

    /// <summary>Changes or adds a destination behind the driver's back (an out-of-band change).</summary>
    /// <param name="destination">The destination, replacing any of the same name.</param>
    public void PutDestinationOutOfBand(OntapLabDestination destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        lock (gate)
        {
            destinations.RemoveAll(d => d.Name == destination.Name);
            destinations.Add(destination);
        }
    }

    /// <inheritdoc/>
    public ValueTask<LabHttpResponse> HandleAsync(LabHttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!IsAuthenticated(request))
        {
            return ValueTask.FromResult(OntapLabErrors.Error(401, "6", "not authorized for that command").WithHeader("WWW-Authenticate", "Basic realm=\"ONTAP\""));
        }

        var path = request.Path.TrimEnd('/');
        return ValueTask.FromResult(path switch
        {
            "/api/cluster" => request.Method == "GET" ? LabHttpResponse.Json(200, Cluster()) : OntapLabErrors.MethodNotAllowed(request.Method),
            "/api/cluster/nodes" => request.Method == "GET" ? LabHttpResponse.Json(200, Collection([Node()])) : OntapLabErrors.MethodNotAllowed(request.Method),
            "/api/support/ems" => Ems(request),
            "/api/support/ems/application-logs" => request.Method == "POST" ? ApplicationLog(request) : OntapLabErrors.MethodNotAllowed(request.Method),
            _ when path.StartsWith("/api/support/ems/destinations", StringComparison.Ordinal) => DestinationsRoute(request, path),
            _ when path.StartsWith("/api/support/ems/filters", StringComparison.Ordinal) => FiltersRoute(request, path),
            _ => OntapLabErrors.Error(404, "3", $"API not found: {path}"),
        });
    }

    /// <inheritdoc/>
    public IReadOnlyList<string> ExportState()
    {
        lock (gate)
        {
            return
            [
                new JsonObject
                {
                    ["mail_from"] = mailFrom,
                    ["mail_server"] = mailServer,
                    ["destinations"] = new JsonArray([.. destinations.Select(d => (JsonNode)d.ToJson())]),
                    ["filters"] = new JsonArray([.. filters.Select(f => (JsonNode)f.Export())]),
                }.ToJsonString(),
            ];
        }
    }

    /// <inheritdoc/>
    public void ImportState(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count != 1)
        {
            throw new FormatException($"An ONTAP lab state is one line, not {lines.Count}.");
        }

        try
        {
            var root = JsonNode.Parse(lines[0]) as JsonObject ?? throw new FormatException("The line is not an ONTAP lab state.");
            var from = root["mail_from"]?.GetValue<string>() ?? throw new FormatException("mail_from is missing.");
            var server = root["mail_server"]?.GetValue<string>() ?? throw new FormatException("mail_server is missing.");
            var list = (root["destinations"] as JsonArray ?? throw new FormatException("destinations is missing.")).Select(OntapLabDestination.From).ToList();
            var rules = (root["filters"] as JsonArray ?? throw new FormatException("filters is missing.")).Select(OntapLabFilter.From).ToList();
            lock (gate)
            {
                (mailFrom, mailServer, destinations, filters) = (from, server, list, rules);
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            throw new FormatException("The line is not an ONTAP lab state.", ex);
        }
    }

    private static JsonObject Collection(IEnumerable<JsonNode> records)
    {
        var array = new JsonArray([.. records]);
        return new JsonObject { ["records"] = array, ["num_records"] = array.Count };
    }

    private JsonObject Cluster() => new()
    {
        ["name"] = Name,
        ["uuid"] = UuidOf(Name),
        ["version"] = new JsonObject { ["full"] = "NetApp Release 9.13.1P6: Tue Dec 05 16:06:25 UTC 2023", ["generation"] = 9, ["major"] = 13, ["minor"] = 1 },
    };

    private JsonObject Node() => new()
    {
        ["name"] = Name + "-01",
        ["uuid"] = UuidOf(Name + "-01"),
        ["model"] = "AFF-A250",
        ["serial_number"] = "721924000123",
    };

    private static string UuidOf(string text) => new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16)).ToString();

    private bool IsAuthenticated(LabHttpRequest request)
    {
        if (request.Header("Authorization") is not { } auth || !auth.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        try
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(auth[6..].Trim()));
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            return colon > 0 && accounts.Any(a => a.User == pair[..colon] && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a.Password), Encoding.UTF8.GetBytes(pair[(colon + 1)..])));
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>Logs one write and says whether the device keeps it (not under a lose-writes fault).</summary>
    private bool Accept(string name, string value)
    {
        var stored = !Faults.LostWrites.Contains(name);
        WriteLog.Add(new LabHttpWrite(time.GetUtcNow(), name, value, stored));
        return stored;
    }

    /// <summary>Whether a reject-writes fault names <paramref name="name"/>; the refusal is logged.</summary>
    private bool Refuses(string name, string value)
    {
        if (!Faults.RejectedObjects.Contains(name))
        {
            return false;
        }

        WriteLog.Add(new LabHttpWrite(time.GetUtcNow(), name, value, false));
        return true;
    }

    private static JsonObject? ParseBody(LabHttpRequest request)
    {
        try
        {
            return JsonNode.Parse(request.Body.Length == 0 ? "{}" : request.Body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static LabHttpResponse Malformed() => OntapLabErrors.BadRequest("262185", "The request body is not valid JSON.");
}
