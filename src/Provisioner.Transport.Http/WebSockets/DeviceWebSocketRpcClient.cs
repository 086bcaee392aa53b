using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Provisioner.Abstractions;

namespace Provisioner.Transport.Http.WebSockets;

/// <summary>
/// A JSON-RPC 2.0 client over one secure WebSocket (<c>wss://</c>), e.g. TrueNAS 26.04's <c>/api/current</c>:
/// <c>{"jsonrpc":"2.0","id":n,"method":…,"params":[…]}</c> answered by <c>{"jsonrpc":"2.0","id":n,"result":…}</c> or
/// <c>{…,"error":{"code","message","data"}}</c>; notifications (no <c>id</c>) are skipped. The peer is authenticated in
/// the TLS handshake exactly as <see cref="DeviceHttpClient"/> does it (<see cref="PinningCertificateValidator"/>: the
/// pins, or the system trust store; a refusal is a <see cref="DeviceUntrustedException"/> and nothing is sent). Each
/// call waits at most the open request's timeout; calls are serialised. Failures are the contract's typed exceptions,
/// built from the endpoint and the method name only. Dispose to close the socket.
/// </summary>
public sealed class DeviceWebSocketRpcClient : IAsyncDisposable
{
    private const int MaxMessageBytes = 4 * 1024 * 1024;
    private readonly ClientWebSocket socket;
    private readonly TimeSpan timeout;
    private readonly SecretScrubber scrubber = new();
    private readonly SemaphoreSlim gate = new(1, 1);
    private long nextId;

    private DeviceWebSocketRpcClient(ClientWebSocket socket, string endpoint, TimeSpan timeout)
    {
        this.socket = socket;
        this.timeout = timeout;
        Endpoint = endpoint;
    }

    /// <summary>The endpoint for messages, e.g. <c>wss://127.0.0.1:8443</c>.</summary>
    public string Endpoint { get; }

    /// <summary>Opens the WebSocket at <paramref name="path"/> of the device, verifying its certificate in the handshake.</summary>
    /// <param name="request">The device's open request (address, port, trust, timeout).</param>
    /// <param name="path">The path, e.g. <c>/api/current</c>.</param>
    /// <param name="options">The port default; <see cref="DeviceHttpClientOptions.Default"/> when null. No call is retried.</param>
    /// <param name="cancellationToken">Cancels the connection (then <see cref="OperationCanceledException"/>).</param>
    /// <returns>The connected client.</returns>
    /// <exception cref="DeviceUntrustedException">The certificate is not the one trusted; nothing was sent.</exception>
    /// <exception cref="DeviceUnreachableException">No connection.</exception>
    /// <exception cref="DeviceTimeoutException">No handshake within the timeout.</exception>
    /// <exception cref="DeviceProtocolException">The server refused the WebSocket upgrade (e.g. HTTP 404).</exception>
    public static async Task<DeviceWebSocketRpcClient> ConnectAsync(OpenRequest request, string path, DeviceHttpClientOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= DeviceHttpClientOptions.Default;
        var port = (request.Port ?? options.DefaultPort).ToString(CultureInfo.InvariantCulture);
        var host = request.Address.Contains(':', StringComparison.Ordinal) ? $"[{request.Address}]" : request.Address;
        var endpoint = $"wss://{host}:{port}";
        var validator = new PinningCertificateValidator(request.Trust, endpoint);
        var socket = new ClientWebSocket();
        socket.Options.RemoteCertificateValidationCallback = validator.Validate;
        socket.Options.Proxy = null;
        socket.Options.CollectHttpResponseDetails = true;
        var operation = "GET " + path + " (WebSocket upgrade)";
        var clock = Stopwatch.StartNew();
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(request.Timeout);
        try
        {
            await socket.ConnectAsync(new Uri(endpoint + path), attempt.Token).ConfigureAwait(false);
            return new DeviceWebSocketRpcClient(socket, endpoint, request.Timeout);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            var status = socket.HttpStatusCode;
            socket.Dispose();
            if (ex is DeviceException device)
            {
                throw device;
            }

            if (attempt.IsCancellationRequested)
            {
                throw HttpFailureMapper.Map(new AttemptTimeoutException("connect", ex), validator, endpoint, operation, 1, clock.Elapsed);
            }

            if (status != 0 && (int)status != 101)
            {
                if ((int)status is 401 or 403)
                {
                    throw new DeviceAuthenticationException($"{operation} at {endpoint} was refused with HTTP {(int)status}.") { Endpoint = endpoint, Operation = operation };
                }

                throw new DeviceProtocolException($"{operation} at {endpoint} was answered with HTTP {(int)status} instead of a WebSocket. Check that the device offers this API (firmware version).") { Endpoint = endpoint, Operation = operation };
            }

            throw HttpFailureMapper.Map(ex, validator, endpoint, operation, 1, clock.Elapsed);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Registers a secret sent in parameters (an API key, a password), so device text quoting it is scrubbed.</summary>
    /// <param name="secret">The secret.</param>
    public void AddSecret(Secret secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        scrubber.Add(secret.Reveal());
    }

    /// <summary>Device text with this client's secrets replaced by <c>[redacted]</c>.</summary>
    /// <param name="text">The device text.</param>
    /// <returns>The scrubbed text.</returns>
    public string Scrub(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return scrubber.Scrub(text);
    }

    /// <summary>Calls one method and waits for its answer (at most the open request's timeout).</summary>
    /// <param name="method">The method, e.g. <c>mail.config</c>.</param>
    /// <param name="parameters">The positional parameters, or null for none (sent as <c>[]</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result or the error.</returns>
    /// <exception cref="DeviceTimeoutException">No answer in time.</exception>
    /// <exception cref="DeviceUnreachableException">The connection closed.</exception>
    /// <exception cref="DeviceProtocolException">An answer that is not JSON-RPC 2.0.</exception>
    public async Task<WebSocketRpcAnswer> CallAsync(string method, JsonArray? parameters, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        var clock = Stopwatch.StartNew();
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(timeout);
        try
        {
            var id = Interlocked.Increment(ref nextId);
            var message = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters?.DeepClone() ?? new JsonArray() };
            await socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, endOfMessage: true, attempt.Token).ConfigureAwait(false);
            while (true)
            {
                using var document = await ReceiveAsync(method, attempt.Token).ConfigureAwait(false);
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    throw Malformed(method, "a message that is not a JSON object");
                }

                if (!root.TryGetProperty("id", out var answerId) || answerId.ValueKind == JsonValueKind.Null)
                {
                    continue; // a notification (event), not our answer
                }

                if (!answerId.TryGetInt64(out var number) || number != id)
                {
                    continue;
                }

                return Interpret(method, root);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            socket.Abort();
            throw new DeviceTimeoutException($"{method} at {Endpoint} got no answer within the request timeout ({clock.Elapsed.TotalSeconds:0.0} s). Check that the device is up and not overloaded, or raise the timeout.")
            {
                Endpoint = Endpoint,
                Operation = method,
                Attempts = 1,
                Waited = clock.Elapsed,
            };
        }
        catch (Exception ex) when (ex is WebSocketException or IOException)
        {
            throw new DeviceUnreachableException($"{method} at {Endpoint}: the WebSocket connection closed or failed before the answer. Check the device's API service.", ex) { Endpoint = Endpoint, Operation = method };
        }
        finally
        {
            gate.Release();
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                using var close = new CancellationTokenSource(TimeSpan.FromSeconds(1));
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, close.Token).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
        {
            // Closing is a courtesy; the socket is disposed either way.
        }

        socket.Dispose();
        gate.Dispose();
    }

    private async Task<JsonDocument> ReceiveAsync(string method, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        while (true)
        {
            var received = await socket.ReceiveAsync(chunk, cancellationToken).ConfigureAwait(false);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                throw new DeviceUnreachableException($"{method} at {Endpoint}: the device closed the WebSocket before answering. Check the device's API service.") { Endpoint = Endpoint, Operation = method };
            }

            buffer.Write(chunk, 0, received.Count);
            if (buffer.Length > MaxMessageBytes)
            {
                throw Malformed(method, "a message larger than 4 MiB");
            }

            if (received.EndOfMessage)
            {
                break;
            }
        }

        try
        {
            return JsonDocument.Parse(buffer.ToArray());
        }
        catch (JsonException)
        {
            throw Malformed(method, "a message that is not JSON");
        }
    }

    private WebSocketRpcAnswer Interpret(string method, JsonElement root)
    {
        if (root.TryGetProperty("error", out var error) && error.ValueKind != JsonValueKind.Null)
        {
            if (error.ValueKind != JsonValueKind.Object || !error.TryGetProperty("code", out var code) || !code.TryGetInt32(out var number))
            {
                throw Malformed(method, "an error without an integer code");
            }

            var text = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? scrubber.Scrub(m.GetString()!) : string.Empty;
            var data = error.TryGetProperty("data", out var d) ? d.Clone() : default;
            return new WebSocketRpcAnswer(method, default, new WebSocketRpcError(number, text, data));
        }

        if (!root.TryGetProperty("result", out var result))
        {
            throw Malformed(method, "neither a result nor an error");
        }

        return new WebSocketRpcAnswer(method, result.Clone(), null);
    }

    private DeviceProtocolException Malformed(string method, string what) =>
        new($"{method} at {Endpoint} answered {what}; the device's JSON-RPC 2.0 answer is malformed. Check that the address is the device's WebSocket API.") { Endpoint = Endpoint, Operation = method };
}
