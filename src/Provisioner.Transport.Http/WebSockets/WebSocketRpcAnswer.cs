using System.Text.Json;

namespace Provisioner.Transport.Http.WebSockets;

/// <summary>
/// One JSON-RPC 2.0 answer over a WebSocket: a <see cref="Result"/> or an <see cref="Error"/>, never both.
/// </summary>
/// <param name="Operation">The call, e.g. <c>mail.config</c>, for messages.</param>
/// <param name="Result">The <c>result</c> member (JSON <c>null</c> is a valid result); undefined when <see cref="Error"/> is set.</param>
/// <param name="Error">The <c>error</c> member, or null on success.</param>
public sealed record WebSocketRpcAnswer(string Operation, JsonElement Result, WebSocketRpcError? Error)
{
    /// <summary>Whether the call succeeded.</summary>
    public bool Succeeded => Error is null;
}
