using System.Text.Json.Nodes;

namespace Provisioner.Lab.Devices.NetApp;

/// <summary>
/// One EMS filter the lab cluster holds: its rules as written (ONTAP lists an implicit exclude-all rule after them) and
/// whether it is built in. An event passes when the first rule whose name pattern and severities match it includes it.
/// </summary>
/// <param name="Name">The name.</param>
/// <param name="Rules">The rules, each <c>{index, type, message_criteria {name_pattern, severities}}</c>.</param>
/// <param name="SystemDefined">True for the built-in filters.</param>
public sealed record OntapLabFilter(string Name, JsonArray Rules, bool SystemDefined = false)
{
    /// <summary>The filters every ONTAP 9 cluster ships with (rest-ssh-apis.md §5).</summary>
    public static IReadOnlyList<OntapLabFilter> BuiltIn =>
    [
        new("default-trap-events", [Rule(1, "include", "*", "emergency,alert")], true),
        new("important-events", [Rule(1, "include", "*", "emergency,alert"), Rule(2, "include", "callhome.*", "error")], true),
        new("no-info-debug-events", [Rule(1, "include", "*", "emergency,alert,error,notice")], true),
    ];

    /// <summary>One rule.</summary>
    /// <param name="index">Its position.</param>
    /// <param name="type"><c>include</c> or <c>exclude</c>.</param>
    /// <param name="pattern">The message-name pattern.</param>
    /// <param name="severities">The severities, comma-separated, or <c>*</c>.</param>
    /// <returns>The rule.</returns>
    public static JsonObject Rule(int index, string type, string pattern, string severities) => new()
    {
        ["index"] = index,
        ["type"] = type,
        ["message_criteria"] = new JsonObject { ["name_pattern"] = pattern, ["severities"] = severities },
    };

    /// <summary>The filter as ONTAP lists it, with the implicit exclude-all rule last.</summary>
    /// <returns>The record.</returns>
    public JsonObject ToJson()
    {
        var rules = (JsonArray)Rules.DeepClone();
        rules.Add(Rule(rules.Count + 1, "exclude", "*", "*"));
        return new JsonObject { ["name"] = Name, ["rules"] = rules, ["system_defined"] = SystemDefined };
    }

    /// <summary>Whether an event passes the filter.</summary>
    /// <param name="messageName">The event's message name, e.g. <c>app.log.notice</c>.</param>
    /// <param name="severity">Its severity, e.g. <c>notice</c>.</param>
    /// <returns>True when the first matching rule includes it.</returns>
    public bool Passes(string messageName, string severity)
    {
        foreach (var rule in Rules.OfType<JsonObject>())
        {
            var criteria = rule["message_criteria"] as JsonObject;
            var pattern = criteria?["name_pattern"]?.GetValue<string>() ?? "*";
            var severities = criteria?["severities"]?.GetValue<string>() ?? "*";
            if (Glob(pattern, messageName) && (severities == "*" || severities.Split(',', StringSplitOptions.TrimEntries).Contains(severity, StringComparer.OrdinalIgnoreCase)))
            {
                return rule["type"]?.GetValue<string>() == "include";
            }
        }

        return false;
    }

    /// <summary>Reads a filter from <see cref="ToJson"/>'s form without the implicit rule.</summary>
    /// <param name="node">The record as exported.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="FormatException">It is not one.</exception>
    public static OntapLabFilter From(JsonNode? node) =>
        node is JsonObject o && o["name"]?.GetValue<string>() is { } name && o["rules"] is JsonArray rules
            ? new OntapLabFilter(name, (JsonArray)rules.DeepClone(), o["system_defined"]?.GetValue<bool>() ?? false)
            : throw new FormatException("Not an ONTAP lab filter.");

    /// <summary>The filter in export form (its own rules only).</summary>
    /// <returns>The record.</returns>
    public JsonObject Export() => new() { ["name"] = Name, ["rules"] = Rules.DeepClone(), ["system_defined"] = SystemDefined };

    private static bool Glob(string pattern, string text) =>
        pattern == "*" || (pattern.EndsWith('*') ? text.StartsWith(pattern[..^1], StringComparison.OrdinalIgnoreCase) : string.Equals(pattern, text, StringComparison.OrdinalIgnoreCase));
}
