using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Provisioner.Lab.Http;

namespace Provisioner.Lab.Devices.TrueNas;

/// <summary>
/// The JSON-RPC 2.0 WebSocket of 26.04 at <c>/api/current</c>: <c>auth.login_ex</c> (<c>API_KEY_PLAIN</c>) or
/// <c>auth.login_with_api_key</c> first, then the same methods as REST. Errors are <c>-32001 "Method call error"</c> with
/// <c>data {error, errname, reason, trace, extra}</c>; an unknown method is <c>-32601</c>. A silent device reads but never
/// answers; latency delays each answer.
/// </summary>
public sealed partial class TrueNasLabModel
{
    /// <summary>The WebSocket path.</summary>
    public const string WebSocketPath = "/api/current";

    private int sessionEpoch;

    /// <inheritdoc/>
    public bool AcceptsWebSocket(string path) => Firmware == TrueNasLabFirmware.Scale2604 && path == WebSocketPath;

    /// <inheritdoc/>
    public async Task ServeWebSocketAsync(LabHttpRequest upgrade, WebSocket socket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(socket);
        var authenticated = false;
        var epoch = Volatile.Read(ref sessionEpoch);
        var buffer = new byte[64 * 1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult received;
                do
                {
                    received = await socket.ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false);
                    if (received.MessageType == WebSocketMessageType.Close)
                    {
                        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, cancellationToken).ConfigureAwait(false);
                        return;
                    }

                    message.Write(buffer, 0, received.Count);
                }
                while (!received.EndOfMessage);

                if (Faults.Silent)
                {
                    continue;
                }

                if (authenticated && epoch != Volatile.Read(ref sessionEpoch))
                {
                    // The login session expired (DeviceFaults.ExpireSessions): close without answering.
                    await socket.CloseOutputAsync(WebSocketCloseStatus.PolicyViolation, "session expired", cancellationToken).ConfigureAwait(false);
                    return;
                }

                if (Faults.Latency > TimeSpan.Zero)
                {
                    await Task.Delay(Faults.Latency, time, cancellationToken).ConfigureAwait(false);
                }

                var (answer, loggedIn) = await AnswerAsync(Encoding.UTF8.GetString(message.ToArray()), authenticated).ConfigureAwait(false);
                authenticated |= loggedIn;
                if (answer is not null)
                {
                    await socket.SendAsync(Encoding.UTF8.GetBytes(answer.ToJsonString()), WebSocketMessageType.Text, true, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // The client went away or the lab stops.
        }
    }

    private async Task<(JsonObject? Answer, bool LoggedIn)> AnswerAsync(string text, bool authenticated)
    {
        JsonObject? request;
        try
        {
            request = JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            return (RpcError(null, -32700, "Parse error", null), false);
        }

        var id = request?["id"]?.DeepClone();
        if (request?["method"] is not JsonValue m || !m.TryGetValue<string>(out var method))
        {
            return (RpcError(id, -32600, "Invalid Request", null), false);
        }

        var args = request["params"] as JsonArray ?? [];
        if (method is "auth.login_ex" or "auth.login_with_api_key")
        {
            var ok = method == "auth.login_with_api_key"
                ? args.Count > 0 && args[0] is JsonValue k && k.TryGetValue<string>(out var key) && IsApiKey(key)
                : args.Count > 0 && args[0] is JsonObject login && Text(login, "mechanism") == "API_KEY_PLAIN" && IsApiKey(Text(login, "username"), Text(login, "api_key"));
            JsonNode? result = method == "auth.login_with_api_key" ? JsonValue.Create(ok) : new JsonObject { ["response_type"] = ok ? "SUCCESS" : "AUTH_ERR" };
            return (id is null ? null : Result(id, result), ok);
        }

        if (!authenticated)
        {
            return (RpcError(id, -32001, "Method call error", CallData(13, "EACCES", "Not authenticated", null)), false);
        }

        var call = await InvokeAsync(method, args).ConfigureAwait(false);
        if (id is null)
        {
            return (null, false);
        }

        return (call switch
        {
            null => RpcError(id, -32601, "Method not found", null),
            TrueNasCall.Ok ok => Result(id, ok.Value),
            TrueNasCall.Invalid invalid => RpcError(id, -32001, "Method call error", CallData(22, "EINVAL", string.Join("\n", invalid.Errors.Select(e => $"[EINVAL] {e.Attribute}: {e.Message}")), new JsonArray([.. invalid.Errors.Select(e => (JsonNode)new JsonArray(e.Attribute, e.Message, 22))]))),
            TrueNasCall.Failed failed => RpcError(id, -32001, "Method call error", CallData(failed.Errno, "EFAULT", failed.Message, null)),
            TrueNasCall.Missing missing => RpcError(id, -32001, "Method call error", CallData(2, "ENOENT", "[ENOENT] " + missing.Message, null)),
            _ => RpcError(id, -32603, "Internal error", null),
        }, false);
    }

    private static JsonObject Result(JsonNode id, JsonNode? result) => new() { ["jsonrpc"] = "2.0", ["id"] = id, ["result"] = result };

    private static JsonObject RpcError(JsonNode? id, int code, string message, JsonObject? data) =>
        new() { ["jsonrpc"] = "2.0", ["id"] = id, ["error"] = new JsonObject { ["code"] = code, ["message"] = message, ["data"] = data } };

    private static JsonObject CallData(int errno, string errname, string reason, JsonArray? extra) =>
        new() { ["error"] = errno, ["errname"] = errname, ["reason"] = reason, ["trace"] = null, ["extra"] = extra };
}
