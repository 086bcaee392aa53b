using System.Text.Json.Nodes;

namespace Provisioner.Lab.Devices.Raritan;

/// <summary>An <c>event.Engine.Action</c> (IDL <c>EventEngine.idl</c>): id, name, system flag, type and string arguments.</summary>
/// <param name="Id">The action id.</param>
/// <param name="Name">The user-defined name.</param>
/// <param name="IsSystem">True for system-defined actions (not deletable).</param>
/// <param name="Type">The action type, e.g. <c>SendSmtpMessage</c>.</param>
/// <param name="Arguments">The argument map as (key, value) pairs; every value is a string.</param>
internal sealed record PxAction(string Id, string Name, bool IsSystem, string Type, IReadOnlyList<KeyValuePair<string, string>> Arguments)
{
    /// <summary>Reads an action; null when a field is missing or of the wrong type.</summary>
    /// <param name="node">The JSON object.</param>
    /// <returns>The action, or null.</returns>
    public static PxAction? From(JsonNode? node)
    {
        if (node is not JsonObject obj || obj["arguments"] is not JsonArray args)
        {
            return null;
        }

        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var arg in args)
        {
            if (arg is not JsonObject kv || PxRpc.Text(kv, "key") is not { } key || PxRpc.Text(kv, "value") is not { } value)
            {
                return null;
            }

            pairs.Add(new(key, value));
        }

        var id = PxRpc.Text(obj, "id");
        var name = PxRpc.Text(obj, "name");
        var type = PxRpc.Text(obj, "type");
        var system = PxRpc.Flag(obj, "isSystem");
        return id is null || name is null || type is null || system is null ? null : new PxAction(id, name, system.Value, type, pairs);
    }

    /// <summary>The action as JSON.</summary>
    /// <returns>The object.</returns>
    public JsonObject ToJson() => new()
    {
        ["id"] = Id,
        ["name"] = Name,
        ["isSystem"] = IsSystem,
        ["type"] = Type,
        ["arguments"] = new JsonArray([.. Arguments.Select(a => (JsonNode)new JsonObject { ["key"] = a.Key, ["value"] = a.Value })]),
    };

    /// <summary>An argument's value, or null.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The value.</returns>
    public string? Argument(string key) => Arguments.FirstOrDefault(a => a.Key == key).Value;

    /// <summary>The action for the write log.</summary>
    /// <returns>E.g. <c>Provisioner mail a@b (SendSmtpMessage)</c>.</returns>
    public override string ToString() => $"{Name} ({Type})";
}
