using System.Text.Json;
using System.Text.Json.Nodes;
using Provisioner.Lab.Hosting;
using Provisioner.Lab.Http;

namespace Provisioner.Lab.Devices.Redfish;

/// <summary>
/// A generic Redfish BMC (lab model of the <c>redfish</c> driver), from the DMTF schemas and mockups
/// (<c>shared/reference/rest-ssh-apis.md</c> §1): service root, <c>Managers/1</c>, an EventService v1_10_0 with
/// <c>SMTP</c> (incl. <c>PasswordSet</c>), advertised <c>Severities</c>, ETags, both test actions, and the
/// subscription collection. Write-log names: <c>SMTP.ServerAddress</c>, <c>SMTP.Port</c>, … and
/// <c>Subscriptions</c> for subscriptions created or deleted.
/// </summary>
public sealed partial class GenericRedfishLabModel : RedfishLabService
{
    /// <summary>The event service's path.</summary>
    public const string EventServicePath = "/redfish/v1/EventService";

    /// <summary>The SubmitTestEvent action's target.</summary>
    public const string SubmitTestEventPath = EventServicePath + "/Actions/EventService.SubmitTestEvent";

    /// <summary>The TestEventSubscription action's target.</summary>
    public const string TestEventSubscriptionPath = EventServicePath + "/Actions/EventService.TestEventSubscription";

    private static readonly string[] ReadOnlyTop = ["@odata.id", "@odata.type", "@odata.etag", "Id", "Name", "Status", "Severities", "Actions", "Subscriptions", "EventFormatTypes", "RegistryPrefixes", "ResourceTypes"];
    private readonly Lock gate = new();

    /// <summary>Creates the model in its factory state: mail off, one SMTP subscription from an earlier setup and one Redfish (HTTP push) subscription.</summary>
    /// <param name="context">The device, its relays, faults and clock.</param>
    public GenericRedfishLabModel(LabModelContext context)
        : base(context)
    {
        Subscriptions.Create(new JsonObject { ["Destination"] = "https://collector.example.com/redfish/events", ["Protocol"] = "Redfish", ["Context"] = "monitoring" });
        Subscriptions.Create(new JsonObject { ["Destination"] = "mailto:old-team@contoso.com", ["Protocol"] = "SMTP", ["Context"] = "legacy", ["Severities"] = new JsonArray("Critical") });
    }

    /// <summary>The SMTP object (tests change it behind the driver's back).</summary>
    public RedfishLabSmtp Smtp { get; } = new();

    /// <summary>The subscriptions.</summary>
    public RedfishLabSubscriptions Subscriptions { get; } = new();

    /// <summary>
    /// Another administrator's edits: for each of the next this-many PATCHes of the EventService, someone
    /// changes <c>DeliveryRetryAttempts</c> just before it arrives, so an <c>If-Match</c> read earlier no longer
    /// matches (412).
    /// </summary>
    public int ConcurrentEditsBeforePatch { get; set; }

    /// <summary><c>EventService.DeliveryRetryAttempts</c>.</summary>
    public long DeliveryRetryAttempts { get; set; } = 3;

    /// <summary>Whether the event service as a whole is on (<c>EventService.ServiceEnabled</c>).</summary>
    public bool EventServiceEnabled { get; set; } = true;

    /// <inheritdoc/>
    public override IReadOnlyList<string> ExportState()
    {
        lock (gate)
        {
            return [new JsonObject { ["ServiceEnabled"] = EventServiceEnabled, [nameof(DeliveryRetryAttempts)] = DeliveryRetryAttempts, ["SMTP"] = Smtp.ToState(), [nameof(Subscriptions)] = Subscriptions.ToState() }.ToJsonString()];
        }
    }

    /// <inheritdoc/>
    public override void ImportState(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        try
        {
            var state = lines.Count == 1 ? JsonNode.Parse(lines[0]) as JsonObject : null;
            if (state?["SMTP"] is not JsonObject smtp || state[nameof(Subscriptions)] is not JsonObject subscriptions)
            {
                throw new FormatException("The state is not a generic Redfish model's: one JSON line with SMTP and Subscriptions expected.");
            }

            lock (gate)
            {
                ConcurrentEditsBeforePatch = 0;
                EventServiceEnabled = state["ServiceEnabled"]!.GetValue<bool>();
                DeliveryRetryAttempts = state[nameof(DeliveryRetryAttempts)]?.GetValue<long>() ?? 3;
                Smtp.Load(smtp);
                Subscriptions.Load(subscriptions);
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or NullReferenceException)
        {
            throw new FormatException("The state is not a generic Redfish model's.", ex);
        }
    }

    /// <inheritdoc/>
    protected override JsonObject ServiceRoot() => new()
    {
        ["@odata.id"] = "/redfish/v1/",
        ["@odata.type"] = "#ServiceRoot.v1_15_0.ServiceRoot",
        ["Id"] = "RootService",
        ["Name"] = "Root Service",
        ["RedfishVersion"] = "1.17.0",
        ["UUID"] = "92384634-2938-2342-8820-489239905423",
        ["Vendor"] = "Provisioner Lab",
        ["Product"] = "Generic Redfish BMC",
        ["Systems"] = new JsonObject { ["@odata.id"] = "/redfish/v1/Systems" },
        ["Managers"] = new JsonObject { ["@odata.id"] = "/redfish/v1/Managers" },
        ["EventService"] = new JsonObject { ["@odata.id"] = EventServicePath },
        ["SessionService"] = new JsonObject { ["@odata.id"] = "/redfish/v1/SessionService" },
        ["Links"] = new JsonObject { ["Sessions"] = new JsonObject { ["@odata.id"] = RedfishLabSessions.CollectionPath } },
    };

    /// <inheritdoc/>
    protected override ValueTask<LabHttpResponse> HandleResourceAsync(LabHttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (gate)
        {
            return ValueTask.FromResult(Route(request));
        }
    }

    private LabHttpResponse Route(LabHttpRequest request)
    {
        var path = request.Path;
        return (request.Method, path) switch
        {
            ("GET", "/redfish/v1/Managers") => Collection(path, "#ManagerCollection.ManagerCollection", "/redfish/v1/Managers/1"),
            ("GET", "/redfish/v1/Managers/1") => LabHttpResponse.Json(200, Manager()),
            ("GET", "/redfish/v1/Systems") => Collection(path, "#ComputerSystemCollection.ComputerSystemCollection", "/redfish/v1/Systems/1"),
            ("GET", "/redfish/v1/Systems/1") => LabHttpResponse.Json(200, new JsonObject { ["@odata.id"] = path, ["@odata.type"] = "#ComputerSystem.v1_20_0.ComputerSystem", ["Id"] = "1", ["Name"] = Name, ["Manufacturer"] = "Provisioner Lab", ["Model"] = "Lab Server", ["SerialNumber"] = "LAB0001" }),
            ("GET", EventServicePath) => WithETag(EventService()),
            ("PATCH", EventServicePath) => PatchEventService(request),
            ("GET", RedfishLabSubscriptions.CollectionPath) => LabHttpResponse.Json(200, Subscriptions.Collection()),
            ("POST", RedfishLabSubscriptions.CollectionPath) => CreateSubscription(request),
            ("POST", SubmitTestEventPath) => SubmitTestEvent(request),
            ("POST", TestEventSubscriptionPath) => TestEventSubscription(),
            (_, EventServicePath or RedfishLabSubscriptions.CollectionPath or SubmitTestEventPath or TestEventSubscriptionPath or "/redfish/v1/Managers" or "/redfish/v1/Managers/1") => RedfishLabErrors.MethodNotAllowed(request.Method, path),
            _ when path.StartsWith(RedfishLabSubscriptions.CollectionPath + "/", StringComparison.OrdinalIgnoreCase) => Subscription(request),
            _ => RedfishLabErrors.NotFound(path),
        };
    }

    private static LabHttpResponse Collection(string path, string type, string member) => LabHttpResponse.Json(200, new JsonObject
    {
        ["@odata.id"] = path,
        ["@odata.type"] = type,
        ["Name"] = "Collection",
        ["Members"] = new JsonArray(new JsonObject { ["@odata.id"] = member }),
        ["Members@odata.count"] = 1,
    });

    private JsonObject Manager() => new()
    {
        ["@odata.id"] = "/redfish/v1/Managers/1",
        ["@odata.type"] = "#Manager.v1_19_0.Manager",
        ["Id"] = "1",
        ["Name"] = "Manager",
        ["ManagerType"] = "BMC",
        ["Manufacturer"] = "Provisioner Lab",
        ["Model"] = "Lab BMC",
        ["FirmwareVersion"] = "1.00.0",
        ["SerialNumber"] = $"BMC-{Name}",
        ["Status"] = new JsonObject { ["State"] = "Enabled", ["Health"] = "OK" },
    };

    private JsonObject EventService() => new()
    {
        ["@odata.id"] = EventServicePath,
        ["@odata.type"] = "#EventService.v1_10_0.EventService",
        ["Id"] = "EventService",
        ["Name"] = "Event Service",
        ["ServiceEnabled"] = EventServiceEnabled,
        ["Status"] = new JsonObject { ["State"] = EventServiceEnabled ? "Enabled" : "Disabled", ["Health"] = "OK" },
        [nameof(DeliveryRetryAttempts)] = DeliveryRetryAttempts,
        ["DeliveryRetryIntervalSeconds"] = 60,
        ["EventFormatTypes"] = new JsonArray("Event"),
        ["Severities"] = new JsonArray("OK", "Warning", "Critical"),
        ["SMTP"] = Smtp.ToJson(),
        [nameof(Subscriptions)] = new JsonObject { ["@odata.id"] = RedfishLabSubscriptions.CollectionPath },
        ["Actions"] = new JsonObject
        {
            ["#EventService.SubmitTestEvent"] = new JsonObject { ["target"] = SubmitTestEventPath, ["@Redfish.ActionInfo"] = EventServicePath + "/SubmitTestEventActionInfo" },
            ["#EventService.TestEventSubscription"] = new JsonObject { ["target"] = TestEventSubscriptionPath },
        },
    };

    private LabHttpResponse PatchEventService(LabHttpRequest request)
    {
        if (ConcurrentEditsBeforePatch > 0)
        {
            ConcurrentEditsBeforePatch--;
            DeliveryRetryAttempts++;
        }

        if (CheckPrecondition(request, EventService()) is { } refused)
        {
            return refused;
        }

        if (ParseBody(request, out var body) is { } malformed)
        {
            return malformed;
        }

        foreach (var (name, value) in body!)
        {
            var error = name switch
            {
                "SMTP" when value is not JsonObject => RedfishLabErrors.ValueError(name, value?.ToJsonString() ?? "null", "#/SMTP"),
                "SMTP" => RedfishLabSmtp.Validate((JsonObject)value),
                "ServiceEnabled" when value?.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False) => RedfishLabErrors.ValueError(name, value?.ToJsonString() ?? "null", "#/ServiceEnabled"),
                nameof(DeliveryRetryAttempts) or "DeliveryRetryIntervalSeconds" when value?.GetValueKind() != JsonValueKind.Number => RedfishLabErrors.ValueError(name, value?.ToJsonString() ?? "null", "#/" + name),
                "ServiceEnabled" or nameof(DeliveryRetryAttempts) or "DeliveryRetryIntervalSeconds" => null,
                _ when ReadOnlyTop.Contains(name) => RedfishLabErrors.PropertyNotWritable(name, "#/" + name),
                _ => RedfishLabErrors.PropertyUnknown(name, "#/" + name),
            };
            if (error is not null)
            {
                return error;
            }
        }

        var smtp = body["SMTP"] as JsonObject ?? [];
        foreach (var (name, value) in smtp)
        {
            if (Refuses($"SMTP.{name}", Shown(name, value)))
            {
                return RedfishLabErrors.ValueError(name, Faults.QuoteSecretsInErrors ? Quoted(value) : Shown(name, value), $"#/SMTP/{name}");
            }
        }

        foreach (var (name, value) in smtp)
        {
            if (Accept($"SMTP.{name}", Shown(name, value)))
            {
                Smtp.Set(name, value);
            }
        }

        if (body["ServiceEnabled"] is { } enabled && Accept("ServiceEnabled", enabled.ToJsonString()))
        {
            EventServiceEnabled = enabled.GetValue<bool>();
        }

        if (body[nameof(DeliveryRetryAttempts)] is { } attempts && Accept(nameof(DeliveryRetryAttempts), attempts.ToJsonString()))
        {
            DeliveryRetryAttempts = attempts.GetValue<long>();
        }

        return WithETag(EventService());
    }

    private static string Shown(string name, JsonNode? value) => name == "Password" ? "***" : Quoted(value);

    private static string Quoted(JsonNode? value) => value is JsonValue v && v.TryGetValue<string>(out var s) ? s : value?.ToJsonString() ?? "null";
}
