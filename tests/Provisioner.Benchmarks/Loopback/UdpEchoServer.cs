using System.Net;
using System.Net.Sockets;

namespace Provisioner.Benchmarks.Loopback;

/// <summary>
/// A bare UDP echo server on loopback: every datagram goes straight back to its sender. Its round
/// trip rate is the physical limit an SNMP agent on the same loopback can approach.
/// </summary>
public sealed class UdpEchoServer : IAsyncDisposable
{
    private readonly Socket socket;
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;

    /// <summary>Binds an ephemeral port on <paramref name="address"/> and starts echoing.</summary>
    /// <param name="address">A loopback address.</param>
    public UdpEchoServer(IPAddress address)
    {
        socket = new Socket(address.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        socket.Bind(new IPEndPoint(address, 0));
        LocalEndpoint = (IPEndPoint)socket.LocalEndPoint!;
        loop = Task.Run(() => EchoAsync(stop.Token));
    }

    /// <summary>Where the server listens.</summary>
    public IPEndPoint LocalEndpoint { get; }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        socket.Dispose();
        try
        {
            await loop;
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // Stopping: the pending receive ends with one of these.
        }

        stop.Dispose();
    }

    private async Task EchoAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[65535];
        var peer = new SocketAddress(socket.AddressFamily);
        while (!cancellationToken.IsCancellationRequested)
        {
            var length = await socket.ReceiveFromAsync(buffer, SocketFlags.None, peer, cancellationToken);
            await socket.SendToAsync(buffer.AsMemory(0, length), SocketFlags.None, peer, cancellationToken);
        }
    }
}
