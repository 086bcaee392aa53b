using System.Text.Json;
using System.Text.Json.Nodes;
using Provisioner.Lab.Http;

namespace Provisioner.Lab.Devices.Raritan;

/// <summary>
/// The JSON-RPC envelopes a Raritan PX answers (Raritan JSON-RPC SDK, <c>Agent.py</c>):
/// <c>{"result":{"_ret_":…, out params…}}</c> or <c>{"error":{"code","message"}}</c>, always HTTP 200.
/// The error codes are the JSON-RPC 2.0 ones; the SDK does not list the PX's codes (an assumption, see the driver's README).
/// </summary>
internal static class PxRpc
{
    /// <summary>The request is not JSON.</summary>
    public const int ParseError = -32700;

    /// <summary>The request is not a JSON-RPC call object.</summary>
    public const int InvalidRequest = -32600;

    /// <summary>The resource has no such method.</summary>
    public const int MethodNotFound = -32601;

    /// <summary>The named arguments are missing or of the wrong type.</summary>
    public const int InvalidParams = -32602;

    /// <summary>A result with a return value and out parameters.</summary>
    /// <param name="ret">The return value, or null for a void method.</param>
    /// <param name="outs">Out parameters as (name, value) pairs.</param>
    /// <returns>The answer.</returns>
    public static LabHttpResponse Result(JsonNode? ret, params (string Name, JsonNode? Value)[] outs)
    {
        var result = new JsonObject { ["_ret_"] = ret };
        foreach (var (name, value) in outs)
        {
            result[name] = value;
        }

        return LabHttpResponse.Json(200, new JsonObject { ["result"] = result });
    }

    /// <summary>An error answer.</summary>
    /// <param name="code">The code.</param>
    /// <param name="message">The message.</param>
    /// <returns>The answer.</returns>
    public static LabHttpResponse Error(int code, string message) =>
        LabHttpResponse.Json(200, new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } });

    /// <summary>Reads a call: method and named parameters.</summary>
    /// <param name="body">The request body.</param>
    /// <param name="method">The method.</param>
    /// <param name="parameters">The parameters (empty object when absent).</param>
    /// <returns>The error answer, or null when the call is well formed.</returns>
    public static LabHttpResponse? Parse(string body, out string method, out JsonObject parameters)
    {
        method = string.Empty;
        parameters = [];
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return Error(ParseError, "Parse error");
        }

        if (node is not JsonObject call || call["method"] is not JsonValue name || !name.TryGetValue<string>(out var text))
        {
            return Error(InvalidRequest, "Invalid request");
        }

        method = text;
        switch (call["params"])
        {
            case null:
                return null;
            case JsonObject named:
                parameters = named;
                return null;
            default:
                return Error(InvalidParams, "Invalid params: named parameters expected");
        }
    }

    /// <summary>A string member, or null when missing or not a string.</summary>
    /// <param name="obj">The object.</param>
    /// <param name="name">The member.</param>
    /// <returns>The value.</returns>
    public static string? Text(JsonObject obj, string name) =>
        obj[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    /// <summary>An integer member, or null when missing or not an integer.</summary>
    /// <param name="obj">The object.</param>
    /// <param name="name">The member.</param>
    /// <returns>The value.</returns>
    public static int? Integer(JsonObject obj, string name) =>
        obj[name] is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<int>(out var i) ? i : null;

    /// <summary>A boolean member, or null when missing or not a boolean.</summary>
    /// <param name="obj">The object.</param>
    /// <param name="name">The member.</param>
    /// <returns>The value.</returns>
    public static bool? Flag(JsonObject obj, string name) =>
        obj[name] is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? v.GetValue<bool>() : null;
}
