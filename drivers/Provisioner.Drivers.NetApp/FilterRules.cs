using System.Text.Json;
using System.Text.Json.Nodes;

namespace Provisioner.Drivers.NetApp;

/// <summary>
/// The rule of a filter the driver creates (<c>index 1, include, name_pattern "*", severities …</c>) and the check that
/// a filter as read holds exactly that rule, ignoring the implicit trailing exclude-all rule
/// (<see cref="OntapAssumptions.FilterListsImplicitExcludeRule"/>).
/// </summary>
internal static class FilterRules
{
    /// <summary>The <c>rules</c> array for a filter of <paramref name="severities"/>.</summary>
    /// <param name="severities">The comma-separated severities.</param>
    /// <returns>The array.</returns>
    public static JsonArray For(string severities) =>
        [new JsonObject { ["index"] = 1, ["type"] = "include", ["message_criteria"] = new JsonObject { ["name_pattern"] = "*", ["severities"] = severities } }];

    /// <summary>Whether a filter record holds exactly the driver's rule for <paramref name="severities"/>.</summary>
    /// <param name="filter">The filter record (with <c>rules</c>).</param>
    /// <param name="severities">The wanted severities.</param>
    /// <returns>True when it does.</returns>
    public static bool Holds(JsonElement filter, string severities)
    {
        if (!filter.TryGetProperty("rules", out var rules) || rules.ValueKind != JsonValueKind.Array)
        {
            return false;
        }

        var list = rules.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.Object).ToList();
        if (list.Count > 0 && Is(list[^1], "exclude", "*", "*"))
        {
            list.RemoveAt(list.Count - 1);
        }

        return list.Count == 1 && Is(list[0], "include", "*", severities);
    }

    private static bool Is(JsonElement rule, string type, string pattern, string severities) =>
        Text(rule, "type") == type
        && rule.TryGetProperty("message_criteria", out var criteria) && criteria.ValueKind == JsonValueKind.Object
        && (Text(criteria, "name_pattern") ?? "*") == pattern
        && Normalize(Text(criteria, "severities") ?? "*") == Normalize(severities);

    private static string Normalize(string severities) =>
        string.Join(',', severities.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(s => s.ToLowerInvariant()).Order(StringComparer.Ordinal));

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
