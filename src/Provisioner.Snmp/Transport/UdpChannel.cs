using System.Net;
using System.Net.Sockets;

namespace Provisioner.Snmp.Transport;

/// <summary>
/// One bound UDP socket with a single asynchronous receive loop (no dedicated thread). Each datagram
/// is handed to a callback together with its source; the buffer is valid until the callback's task
/// completes. Used by the client (one channel per address family) and by each agent.
/// </summary>
internal sealed class UdpChannel : IAsyncDisposable
{
    private readonly Socket _socket;
    private readonly Func<ReadOnlyMemory<byte>, IPEndPoint, ValueTask> _handler;
    private readonly CancellationTokenSource _stop = new();
    private readonly byte[] _buffer;
    private readonly IPEndPoint _template;
    private Task _loop = Task.CompletedTask;
    private int _disposed;

    private UdpChannel(Socket socket, int bufferSize, Func<ReadOnlyMemory<byte>, IPEndPoint, ValueTask> handler)
    {
        _socket = socket;
        _handler = handler;
        _buffer = GC.AllocateUninitializedArray<byte>(bufferSize);
        LocalEndpoint = (IPEndPoint)socket.LocalEndPoint!;
        _template = new IPEndPoint(socket.AddressFamily == AddressFamily.InterNetwork ? IPAddress.Any : IPAddress.IPv6Any, 0);
    }

    /// <summary>The bound local endpoint (with the real port when port 0 was asked for).</summary>
    public IPEndPoint LocalEndpoint { get; }

    /// <summary>Binds a socket to <paramref name="local"/>; <paramref name="socketBufferSize"/> 0 keeps the OS default. Call <see cref="StartReceiving"/> next.</summary>
    public static UdpChannel Bind(IPEndPoint local, int bufferSize, int socketBufferSize, Func<ReadOnlyMemory<byte>, IPEndPoint, ValueTask> handler)
    {
        var socket = new Socket(local.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        try
        {
            if (socketBufferSize > 0)
            {
                // Bursts of requests or answers must queue in the kernel rather than be dropped (Linux caps this at net.core.rmem_max).
                socket.ReceiveBufferSize = socketBufferSize;
                socket.SendBufferSize = socketBufferSize;
            }

            if (local.AddressFamily == AddressFamily.InterNetworkV6)
            {
                socket.DualMode = false;
            }

            socket.Bind(local);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        return new UdpChannel(socket, bufferSize, handler);
    }

    /// <summary>Starts the receive loop; call once, after the owner has stored the channel.</summary>
    public void StartReceiving() => _loop = ReceiveLoopAsync();

    /// <summary>Sends one datagram.</summary>
    public async ValueTask SendAsync(ReadOnlyMemory<byte> datagram, IPEndPoint remote, CancellationToken cancellationToken)
    {
        try
        {
            await _socket.SendToAsync(datagram, SocketFlags.None, remote, cancellationToken);
        }
        catch (SocketException ex)
        {
            throw new SnmpException($"Could not send an SNMP datagram to {remote}: {ex.Message}", remote, null, ex);
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stop.CancelAsync();
        _socket.Dispose();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // The loop ends by cancellation.
        }

        _stop.Dispose();
    }

    private async Task ReceiveLoopAsync()
    {
        await Task.Yield();
        var address = new SocketAddress(_socket.AddressFamily);
        var token = _stop.Token;
        while (!token.IsCancellationRequested)
        {
            int received;
            try
            {
                received = await _socket.ReceiveFromAsync(_buffer, SocketFlags.None, address, token);
            }
            catch (SocketException) when (!token.IsCancellationRequested)
            {
                // ICMP errors (connection reset, message size) concern one peer; keep serving.
                continue;
            }
            catch (Exception ex) when (ex is ObjectDisposedException or OperationCanceledException or SocketException)
            {
                return;
            }

            var remote = (IPEndPoint)_template.Create(address);
            try
            {
                await _handler(_buffer.AsMemory(0, received), remote);
            }
#pragma warning disable CA1031 // The loop is a fault boundary: one bad datagram never stops the socket.
            catch (Exception) when (!token.IsCancellationRequested)
            {
                // Dropped.
            }
#pragma warning restore CA1031
        }
    }
}
