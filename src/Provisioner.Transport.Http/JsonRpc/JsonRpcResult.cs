using System.Text.Json;

namespace Provisioner.Transport.Http.JsonRpc;

/// <summary>
/// A call's <c>result</c> object: the return value under <c>_ret_</c> and the out parameters under their
/// IDL names, e.g. <c>{"_ret_":0,"actionId":"7"}</c>.
/// </summary>
/// <param name="Operation">The call, for messages.</param>
/// <param name="Result">The <c>result</c> object (a JSON object).</param>
public sealed record JsonRpcResult(string Operation, JsonElement Result) : JsonRpcOutcome(Operation)
{
    /// <summary>The return value (<c>_ret_</c>); for a void method, an undefined element.</summary>
    public JsonElement Return => Result.TryGetProperty(JsonRpcClient.ReturnMember, out var value) ? value : default;

    /// <summary>An out parameter.</summary>
    /// <param name="name">Its IDL name, e.g. <c>actionId</c>.</param>
    /// <returns>The value, or an undefined element when absent.</returns>
    public JsonElement Out(string name) => Result.TryGetProperty(name, out var value) ? value : default;

    /// <summary>The return value as an integer (the IDL's status codes: 0 OK, others documented per method).</summary>
    /// <returns>The code.</returns>
    /// <exception cref="Abstractions.DeviceProtocolException"><c>_ret_</c> is missing or not an integer.</exception>
    public int ReturnCode() =>
        Return.ValueKind == JsonValueKind.Number && Return.TryGetInt32(out var code)
            ? code
            : throw new Abstractions.DeviceProtocolException($"{Operation} answered a result without an integer _ret_ where the IDL declares one. Check the device's firmware against the JSON-RPC SDK version the driver supports.") { Operation = Operation };
}
