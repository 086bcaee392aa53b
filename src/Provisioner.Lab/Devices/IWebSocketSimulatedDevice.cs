using System.Net.WebSockets;
using Provisioner.Lab.Http;

namespace Provisioner.Lab.Devices;

/// <summary>
/// An HTTPS device that also serves WebSocket APIs (e.g. TrueNAS 26.04's JSON-RPC at <c>/api/current</c>). The lab's
/// HTTPS server applies the socket-level faults to the upgrade request, accepts the upgrade when
/// <see cref="AcceptsWebSocket"/> says so (404 otherwise) and hands the socket to <see cref="ServeWebSocketAsync"/>.
/// </summary>
public interface IWebSocketSimulatedDevice : IHttpSimulatedDevice
{
    /// <summary>Whether the device serves a WebSocket at <paramref name="path"/> now.</summary>
    /// <param name="path">The request path, e.g. <c>/api/current</c>.</param>
    /// <returns>True to accept the upgrade.</returns>
    bool AcceptsWebSocket(string path);

    /// <summary>Serves one accepted WebSocket until the client closes it or the token is cancelled.</summary>
    /// <param name="upgrade">The upgrade request (headers, no body).</param>
    /// <param name="socket">The accepted socket.</param>
    /// <param name="cancellationToken">Cancelled when the client goes away or the lab stops.</param>
    /// <returns>A task that completes when the socket is done.</returns>
    Task ServeWebSocketAsync(LabHttpRequest upgrade, WebSocket socket, CancellationToken cancellationToken);
}
