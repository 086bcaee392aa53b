using System.Text.Json;
using System.Text.Json.Nodes;
using Provisioner.Abstractions;
using Provisioner.Transport.Http.WebSockets;

namespace Provisioner.Drivers.TrueNas.Api;

/// <summary>
/// Middleware calls over the JSON-RPC 2.0 WebSocket of 26.04+ (<c>wss://…/api/current</c>). A failed call is
/// <c>error</c> <c>{"code":-32001,"message":"Method call error","data":{"error":errno,"errname","reason","extra":[[attr,msg,errno]…]}}</c>:
/// validation errors come from <c>extra</c>, a call error from <c>reason</c>. The WebSocket is the login session: when
/// the device closes it (an expired session), a reading call connects and logs in again once; a writing call is not
/// repeated (the device may have run it), so it fails as unreachable.
/// </summary>
/// <param name="rpc">The authenticated client; the channel disposes it.</param>
/// <param name="reconnect">Connects and logs in again.</param>
/// <param name="scrubber">The session's secrets.</param>
internal sealed class WebSocketChannel(DeviceWebSocketRpcClient rpc, Func<CancellationToken, Task<DeviceWebSocketRpcClient>> reconnect, Scrubber scrubber) : ITrueNasChannel
{
    private static readonly HashSet<string> Reading = [Methods.SystemInfo, Methods.MailConfig, Methods.AlertServiceQuery, Methods.GetJobs];
    private readonly List<Secret> secrets = [];

    /// <inheritdoc/>
    public ApiGeneration Generation => ApiGeneration.WebSocket;

    /// <inheritdoc/>
    public string Endpoint => rpc.Endpoint;

    /// <inheritdoc/>
    public void AddSecret(Secret secret)
    {
        scrubber.Add(secret);
        rpc.AddSecret(secret);
        secrets.Add(secret);
    }

    /// <summary>How many times the channel logged in again after the device closed the session.</summary>
    public int Reconnects { get; private set; }

    /// <inheritdoc/>
    public async Task<TrueNasAnswer> CallAsync(string method, JsonArray args, CancellationToken cancellationToken)
    {
        WebSocketRpcAnswer answer;
        try
        {
            answer = await rpc.CallAsync(method, args, cancellationToken).ConfigureAwait(false);
        }
        catch (DeviceUnreachableException) when (Reading.Contains(method))
        {
            await rpc.DisposeAsync().ConfigureAwait(false);
            rpc = await reconnect(cancellationToken).ConfigureAwait(false);
            secrets.ForEach(rpc.AddSecret);
            Reconnects++;
            answer = await rpc.CallAsync(method, args, cancellationToken).ConfigureAwait(false);
        }

        return answer.Error is { } error ? new TrueNasAnswer(method, default, Errors(error)) : new TrueNasAnswer(method, answer.Result, []);
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => rpc.DisposeAsync();

    /// <summary>The device's errors from a JSON-RPC error object.</summary>
    /// <param name="error">The error.</param>
    /// <returns>At least one error.</returns>
    public IReadOnlyList<TrueNasError> Errors(WebSocketRpcError error)
    {
        var errors = new List<TrueNasError>();
        var data = error.Data;
        if (data.ValueKind == JsonValueKind.Object && data.TryGetProperty("extra", out var extra) && extra.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in extra.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Array && item.GetArrayLength() >= 2 && item[0].ValueKind == JsonValueKind.String && item[1].ValueKind == JsonValueKind.String)
                {
                    errors.Add(new TrueNasError(item[0].GetString()!, scrubber.Scrub(item[1].GetString()!)));
                }
            }
        }

        if (errors.Count == 0)
        {
            var reason = data.ValueKind == JsonValueKind.Object && data.TryGetProperty("reason", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString()! : error.Message;
            errors.Add(new TrueNasError(string.Empty, scrubber.Scrub(reason)));
        }

        return errors;
    }
}
