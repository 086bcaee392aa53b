using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using Provisioner.Abstractions;
using Provisioner.Drivers.TrueNas.Api;
using Provisioner.Transport.Http;
using Provisioner.Transport.Http.WebSockets;

namespace Provisioner.Drivers.TrueNas;

/// <summary>
/// The <c>truenas</c> driver: TrueNAS SCALE and CORE over HTTPS. It picks the API generation from what the device
/// answers: <c>GET /api/v2.0/system/info</c> with <c>Authorization: Bearer &lt;API key&gt;</c> answers → REST (up to 25.10);
/// 404 (REST removed in 26.04) → the JSON-RPC 2.0 WebSocket at <c>wss://…/api/current</c>, logged in with the API key
/// (<c>auth.login_ex</c> <c>API_KEY_PLAIN</c> with the user, or <c>auth.login_with_api_key</c> without one). The certificate
/// is checked in both handshakes the same way (pins or the system store). The API key comes from the credential's
/// <c>token</c>, else its <c>password</c>.
/// </summary>
/// <param name="options">The HTTPS options from the composition root.</param>
public sealed class TrueNasDriver(DeviceHttpClientOptions options) : IDeviceDriver
{
    /// <inheritdoc/>
    public DriverDescriptor Descriptor => TrueNasDescriptor.Value;

    /// <inheritdoc/>
    public async ValueTask<IDriverSession> OpenAsync(OpenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        if (request.Credentials.Http is not { } credentials || (credentials.Token ?? credentials.Password) is not { } reference)
        {
            throw new DeviceAuthenticationException($"Device {request.DeviceName} has no HTTP token (API key) in its credential set '{request.Credentials.Name}'; the TrueNAS API needs one.") { Endpoint = request.Endpoint, Operation = "open" };
        }

        var key = request.Secrets.Resolve(reference);
        var scrubber = new Scrubber();
        scrubber.Add(key);
        var http = DeviceHttpClientFactory.Create(request, options);
        try
        {
            http.SetSecretHeader("Authorization", "Bearer " + key.Reveal());
            var probe = await http.SendAsync(HttpMethod.Get, Methods.RestBase + "/system/info", null, cancellationToken).ConfigureAwait(false);
            if (probe.StatusCode != TrueNasAssumptions.RestGoneStatus)
            {
                var channel = new RestChannel(http, scrubber);
                http = null;
                return new TrueNasSession(channel, request.DeviceName, request.Mode, scrubber);
            }
        }
        finally
        {
            http?.Dispose();
        }

        async Task<DeviceWebSocketRpcClient> ConnectAsync(CancellationToken token)
        {
            var rpc = await DeviceWebSocketRpcClient.ConnectAsync(request, Methods.WebSocketPath, options, token).ConfigureAwait(false);
            try
            {
                rpc.AddSecret(key);
                await LoginAsync(rpc, credentials.User, key, token).ConfigureAwait(false);
                return rpc;
            }
            catch
            {
                await rpc.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }

        var first = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        return new TrueNasSession(new WebSocketChannel(first, ConnectAsync, scrubber), request.DeviceName, request.Mode, scrubber);
    }

    private static async Task LoginAsync(DeviceWebSocketRpcClient rpc, string? user, Secret key, CancellationToken cancellationToken)
    {
        var answer = user is { Length: > 0 }
            ? await rpc.CallAsync(Methods.LoginEx, [new JsonObject { ["mechanism"] = "API_KEY_PLAIN", ["username"] = user, ["api_key"] = key.Reveal() }], cancellationToken).ConfigureAwait(false)
            : await rpc.CallAsync(Methods.LoginWithApiKey, [key.Reveal()], cancellationToken).ConfigureAwait(false);
        var ok = answer.Succeeded && (answer.Result.ValueKind == JsonValueKind.True
            || (answer.Result.ValueKind == JsonValueKind.Object && answer.Result.TryGetProperty("response_type", out var type) && type.GetString() == "SUCCESS"));
        if (!ok)
        {
            var what = answer.Error is { } error ? $"error {error.Code}: {error.Message}" : answer.Result.ValueKind == JsonValueKind.Object && answer.Result.TryGetProperty("response_type", out var t) ? $"response_type {t.GetString()}" : "false";
            throw new DeviceAuthenticationException($"{answer.Operation} at {rpc.Endpoint} refused the API key ({what}). Check the device's API key and that it is not revoked or expired.") { Endpoint = rpc.Endpoint, Operation = answer.Operation };
        }
    }
}
