using System.Text.Json;

namespace Provisioner.Transport.Http.WebSockets;

/// <summary>A JSON-RPC 2.0 <c>error</c> object; device text in it has the client's secrets scrubbed.</summary>
/// <param name="Code">The error code, e.g. <c>-32001</c>.</param>
/// <param name="Message">The message, scrubbed.</param>
/// <param name="Data">The <c>data</c> member as the device sent it (undefined when absent); scrub text taken from it with <see cref="DeviceWebSocketRpcClient.Scrub"/>.</param>
public sealed record WebSocketRpcError(int Code, string Message, JsonElement Data);
