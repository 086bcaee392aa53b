using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Provisioner.Lab.Http;

namespace Provisioner.Lab.Devices.Redfish;

/// <summary>
/// The EventDestination collection <c>/redfish/v1/EventService/Subscriptions</c> (EventDestination v1_13_0):
/// POST creates (201 + <c>Location</c>), DELETE removes, PATCH changes only <c>Context</c> (<c>Destination</c>,
/// <c>Protocol</c> and <c>Severities</c> are Read: 400 PropertyNotWritable). Members are listed in creation
/// order with ids counting upwards.
/// </summary>
public sealed class RedfishLabSubscriptions
{
    /// <summary>The collection's path.</summary>
    public const string CollectionPath = "/redfish/v1/EventService/Subscriptions";

    private static readonly string[] ProtocolValues = ["Redfish", "Kafka", "SNMPv1", "SNMPv2c", "SNMPv3", "SMTP", "SyslogTLS", "SyslogTCP", "SyslogUDP", "SyslogRELP", "OEM"];
    private static readonly string[] HealthValues = ["OK", "Warning", "Critical"];
    private static readonly string[] Creatable = ["Destination", "Protocol", "Context", "Severities", "EventFormatType", "SubscriptionType", "RegistryPrefixes", "ResourceTypes", "DeliveryRetryPolicy"];
    private readonly List<JsonObject> members = [];
    private int nextId;

    /// <summary>The subscriptions, in creation order.</summary>
    public IReadOnlyList<JsonObject> Members => members;

    /// <summary>The addresses of the SMTP subscriptions (without <c>mailto:</c>), in order, with each one's <c>Severities</c> (null when absent).</summary>
    public IReadOnlyList<(string Address, IReadOnlyList<string>? Severities)> SmtpRecipients =>
        [.. members.Where(m => (string?)m["Protocol"] == "SMTP").Select(m => (Strip((string)m["Destination"]!), Severities(m)))];

    /// <summary>The collection resource.</summary>
    /// <returns>The JSON.</returns>
    public JsonObject Collection() => new()
    {
        ["@odata.id"] = CollectionPath,
        ["@odata.type"] = "#EventDestinationCollection.EventDestinationCollection",
        ["Name"] = "Event Subscriptions Collection",
        [nameof(Members)] = new JsonArray([.. members.Select(m => (JsonNode)new JsonObject { ["@odata.id"] = (string)m["@odata.id"]! })]),
        ["Members@odata.count"] = members.Count,
    };

    /// <summary>One member, or null.</summary>
    /// <param name="path">The member's path.</param>
    /// <returns>The member.</returns>
    public JsonObject? Find(string path) => members.FirstOrDefault(m => string.Equals((string?)m["@odata.id"], path, StringComparison.OrdinalIgnoreCase));

    /// <summary>Checks a POST body as the schema does: Destination and Protocol required, known properties only, enum values.</summary>
    /// <param name="body">The body.</param>
    /// <returns>The 400 answer, or null.</returns>
    public static LabHttpResponse? ValidateCreate(JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(body);
        foreach (var required in new[] { "Destination", "Protocol" })
        {
            if (body[required]?.GetValueKind() != JsonValueKind.String)
            {
                return RedfishLabErrors.Error(400, "Base.1.15.PropertyMissing", $"The property {required} is a required property and must be included in the request.", "Ensure that the property is in the request body and has a valid value and resubmit the request if the operation failed.", $"#/{required}");
            }
        }

        if (body.Select(p => p.Key).FirstOrDefault(k => !Creatable.Contains(k)) is { } unknown)
        {
            return RedfishLabErrors.PropertyUnknown(unknown, $"#/{unknown}");
        }

        var protocol = (string)body["Protocol"]!;
        if (!ProtocolValues.Contains(protocol))
        {
            return RedfishLabErrors.ValueNotInList("Protocol", protocol, "#/Protocol");
        }

        if (body["Severities"] is { } severities
            && (severities is not JsonArray list || list.Any(s => s?.GetValueKind() != JsonValueKind.String || !HealthValues.Contains((string)s!))))
        {
            return RedfishLabErrors.ValueNotInList("Severities", severities.ToJsonString(), "#/Severities");
        }

        if (body["Context"] is { } context && context.GetValueKind() != JsonValueKind.String)
        {
            return RedfishLabErrors.ValueError("Context", context.ToJsonString(), "#/Context");
        }

        var destination = (string)body["Destination"]!;
        return protocol == "SMTP" && !Strip(destination).Contains('@', StringComparison.Ordinal)
            ? RedfishLabErrors.ValueError("Destination", destination, "#/Destination")
            : null;
    }

    /// <summary>Creates a subscription from a validated body.</summary>
    /// <param name="body">The body.</param>
    /// <returns>The new member.</returns>
    public JsonObject Create(JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var id = (++nextId).ToString(CultureInfo.InvariantCulture);
        var member = new JsonObject
        {
            ["@odata.id"] = $"{CollectionPath}/{id}",
            ["@odata.type"] = "#EventDestination.v1_13_0.EventDestination",
            ["Id"] = id,
            ["Name"] = $"EventSubscription {id}",
            ["Context"] = string.Empty,
        };
        foreach (var (name, value) in body)
        {
            member[name] = value?.DeepClone();
        }

        members.Add(member);
        return member;
    }

    /// <summary>Removes a member.</summary>
    /// <param name="member">The member.</param>
    public void Remove(JsonObject member) => members.Remove(member);

    /// <summary>The collection's state (members and the next id).</summary>
    /// <returns>The JSON.</returns>
    public JsonObject ToState() => new() { ["NextId"] = nextId, [nameof(Members)] = new JsonArray([.. members.Select(m => m.DeepClone())]) };

    /// <summary>Restores <see cref="ToState"/>.</summary>
    /// <param name="state">The state.</param>
    public void Load(JsonObject state)
    {
        ArgumentNullException.ThrowIfNull(state);
        nextId = state["NextId"]!.GetValue<int>();
        members.Clear();
        members.AddRange(state[nameof(Members)]!.AsArray().Select(m => (JsonObject)m!.DeepClone()));
    }

    /// <summary>The address in a Destination, with or without <c>mailto:</c>.</summary>
    /// <param name="destination">The destination.</param>
    /// <returns>The address.</returns>
    public static string Strip(string destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        return destination.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? destination[7..] : destination;
    }

    private static IReadOnlyList<string>? Severities(JsonObject member) =>
        member["Severities"] is JsonArray list ? [.. list.Select(s => (string)s!)] : null;
}
