using System.Net;
using System.Net.Sockets;
using Provisioner.Lab.State;

namespace Provisioner.Cli.Tests.Support;

/// <summary>
/// A fake device on loopback that records every datagram sent to it, and a lab map aiming the named
/// inventory devices at it: a run that contacts any of them leaves a datagram here.
/// </summary>
internal sealed class ContactRecorder : IAsyncDisposable
{
    private readonly UdpClient socket = new(new IPEndPoint(IPAddress.Loopback, 0));
    private readonly CancellationTokenSource stop = new();
    private readonly Task receiving;
    private int datagrams;

    private ContactRecorder(string mapPath)
    {
        MapPath = mapPath;
        receiving = ReceiveAsync();
    }

    /// <summary>The lab map to pass with <c>--lab</c>.</summary>
    public string MapPath { get; }

    /// <summary>How many datagrams arrived so far.</summary>
    public int Datagrams => Volatile.Read(ref datagrams);

    public static async Task<ContactRecorder> StartAsync(params string[] devices)
    {
        var map = Path.Combine(Path.GetTempPath(), $"provisioner-contact-{Guid.NewGuid():N}.json");
        var recorder = new ContactRecorder(map);
        var port = ((IPEndPoint)recorder.socket.Client.LocalEndPoint!).Port;
        var labMap = new LabMap
        {
            SmtpCapture = "127.0.0.1:1",
            Devices = [.. devices.Select(d => new LabMapEntry(d, "eaton.sc200", "10.6.10.11", "snmp", "127.0.0.1", port))],
        };
        await labMap.SaveAsync(map, CancellationToken.None);
        return recorder;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        socket.Dispose();
        try
        {
            await receiving;
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // The socket was closed to stop the loop.
        }

        stop.Dispose();
        File.Delete(MapPath);
    }

    private async Task ReceiveAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            await socket.ReceiveAsync(stop.Token);
            Interlocked.Increment(ref datagrams);
        }
    }
}
