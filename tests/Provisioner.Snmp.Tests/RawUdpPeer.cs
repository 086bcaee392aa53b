using System.Net;
using System.Net.Sockets;

namespace Provisioner.Snmp.Tests;

/// <summary>A bare UDP socket on loopback that plays a misbehaving agent.</summary>
internal sealed class RawUdpPeer : IDisposable
{
    private readonly Socket _socket = new(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);

    public RawUdpPeer()
    {
        _socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
    }

    public IPEndPoint Endpoint => (IPEndPoint)_socket.LocalEndPoint!;

    public async Task<(byte[] Data, IPEndPoint From)> ReceiveAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        var buffer = new byte[65535];
        var result = await _socket.ReceiveFromAsync(buffer, SocketFlags.None, new IPEndPoint(IPAddress.Any, 0), cts.Token);
        return (buffer[..result.ReceivedBytes], (IPEndPoint)result.RemoteEndPoint);
    }

    public async Task<int> CountAsync(TimeSpan quiet)
    {
        var count = 0;
        try
        {
            while (true)
            {
                await ReceiveAsync(quiet);
                count++;
            }
        }
        catch (OperationCanceledException)
        {
            return count;
        }
    }

    public Task SendAsync(byte[] data, IPEndPoint to) => _socket.SendToAsync(data, SocketFlags.None, to);

    public void Dispose() => _socket.Dispose();
}
