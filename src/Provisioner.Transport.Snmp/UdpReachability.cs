using System.Net;
using System.Net.Sockets;

namespace Provisioner.Transport.Snmp;

/// <summary>
/// Tells "nothing listens on that UDP port" from "the agent is silent" after a timeout: a connected UDP
/// socket receives the ICMP port-unreachable as <see cref="SocketError.ConnectionRefused"/>. Used only
/// on the failure path, so a healthy device never pays for it.
/// </summary>
internal static class UdpReachability
{
    /// <summary>Sends one empty datagram and waits up to <paramref name="wait"/> for a refusal.</summary>
    /// <param name="endpoint">The agent endpoint.</param>
    /// <param name="wait">How long to wait for the ICMP answer.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>True when the host refused the datagram (port closed).</returns>
    public static async Task<bool> IsRefusedAsync(IPEndPoint endpoint, TimeSpan wait, CancellationToken cancellationToken)
    {
        using var socket = new Socket(endpoint.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(wait);
        try
        {
            await socket.ConnectAsync(endpoint, timeout.Token);
            await socket.SendAsync(ReadOnlyMemory<byte>.Empty, SocketFlags.None, timeout.Token);
            var buffer = new byte[16];
            await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token);
            return false;
        }
        catch (SocketException ex)
        {
            return ex.SocketErrorCode is SocketError.ConnectionRefused or SocketError.HostUnreachable or SocketError.NetworkUnreachable;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
