using System.Net;
using System.Net.Sockets;

namespace Provisioner.Benchmarks.Loopback;

/// <summary>
/// Measures UDP round trips against an echo server with a fixed number of datagrams in flight on
/// one socket: each datagram that comes back is sent again at once (a closed loop).
/// </summary>
public static class UdpEchoClient
{
    /// <summary>Runs the closed loop for <paramref name="duration"/> and counts the datagrams that came back.</summary>
    /// <param name="server">The echo server.</param>
    /// <param name="payload">The datagram to send (e.g. an encoded SNMP GetRequest of the same size).</param>
    /// <param name="inFlight">How many datagrams are outstanding at any time.</param>
    /// <param name="duration">How long to measure.</param>
    /// <param name="cancellationToken">Cancels the measurement.</param>
    /// <returns>Round trips completed per second.</returns>
    public static async Task<double> MeasureAsync(
        IPEndPoint server, byte[] payload, int inFlight, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(server);
        using var socket = new Socket(server.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        socket.Connect(server);
        var buffer = new byte[65535];
        for (var i = 0; i < inFlight; i++)
        {
            await socket.SendAsync(payload, SocketFlags.None, cancellationToken);
        }

        long completed = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var window = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        window.CancelAfter(duration);
        try
        {
            while (true)
            {
                // A datagram lost under load would shrink the window; a short receive timeout refills it.
                using var receiveTimeout = CancellationTokenSource.CreateLinkedTokenSource(window.Token);
                receiveTimeout.CancelAfter(TimeSpan.FromMilliseconds(200));
                try
                {
                    await socket.ReceiveAsync(buffer, SocketFlags.None, receiveTimeout.Token);
                    completed++;
                }
                catch (OperationCanceledException) when (!window.IsCancellationRequested)
                {
                    // Lost datagram: fall through and send a replacement.
                }

                await socket.SendAsync(payload, SocketFlags.None, window.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The measurement window closed.
        }

        return completed / clock.Elapsed.TotalSeconds;
    }
}
