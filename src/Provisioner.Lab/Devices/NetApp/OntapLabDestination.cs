using System.Text.Json.Nodes;

namespace Provisioner.Lab.Devices.NetApp;

/// <summary>One EMS destination the lab cluster holds.</summary>
/// <param name="Name">The name (the key).</param>
/// <param name="Type">The type: <c>email</c>, <c>syslog</c>, <c>rest_api</c> or <c>snmp</c>.</param>
/// <param name="Destination">The address.</param>
/// <param name="Filters">The bound filters.</param>
/// <param name="SystemDefined">True for <c>snmp-traphost</c>: read-only.</param>
public sealed record OntapLabDestination(string Name, string Type, string Destination, IReadOnlyList<string> Filters, bool SystemDefined = false)
{
    /// <summary>The destination as ONTAP lists it.</summary>
    /// <returns>The record.</returns>
    public JsonObject ToJson() => new()
    {
        ["name"] = Name,
        ["type"] = Type,
        ["destination"] = Destination,
        ["filters"] = new JsonArray([.. Filters.Select(f => (JsonNode)new JsonObject { ["name"] = f })]),
        ["system_defined"] = SystemDefined,
    };

    /// <summary>Reads a destination from <see cref="ToJson"/>'s form.</summary>
    /// <param name="node">The record.</param>
    /// <returns>The destination.</returns>
    /// <exception cref="FormatException">It is not one.</exception>
    public static OntapLabDestination From(JsonNode? node) =>
        node is JsonObject o && o["name"]?.GetValue<string>() is { } name && o["type"]?.GetValue<string>() is { } type
            ? new OntapLabDestination(
                name,
                type,
                o["destination"]?.GetValue<string>() ?? string.Empty,
                [.. (o["filters"] as JsonArray ?? []).Select(f => f?["name"]?.GetValue<string>()).OfType<string>()],
                o["system_defined"]?.GetValue<bool>() ?? false)
            : throw new FormatException("Not an ONTAP lab destination.");
}
