using System.Net;
using System.Net.Sockets;

namespace Provisioner.Lab.Network;

/// <summary>
/// Hands out loopback addresses for lab devices: 127.&lt;a&gt;.&lt;b&gt;.&lt;c&gt;, one per device, starting at
/// <c>127.77.0.1</c> (the second octet keeps clear of 127.0.0.1 where other software listens) and skipping
/// .0 and .255 in the last octet. On Linux all of 127.0.0.0/8 answers; on platforms where only
/// 127.0.0.1 binds, <see cref="CanBindDistinctAddresses"/> is false and devices share 127.0.0.1 on
/// their own ports instead.
/// </summary>
public sealed class LoopbackAddressAllocator
{
    private readonly byte secondOctet;
    private int next;

    /// <summary>Creates an allocator over 127.<paramref name="secondOctet"/>.0.0/16.</summary>
    /// <param name="secondOctet">The second octet; 77 by default. Use another value to keep two labs apart.</param>
    public LoopbackAddressAllocator(byte secondOctet = 77) => this.secondOctet = secondOctet;

    /// <summary>How many addresses one allocator can hand out (254 per third octet, 256 third octets).</summary>
    public const int Capacity = 254 * 256;

    /// <summary>Whether this machine lets a socket bind to a 127.x address other than 127.0.0.1 (true on Linux).</summary>
    public static bool CanBindDistinctAddresses { get; } = Probe();

    /// <summary>Returns the next address. Thread-safe.</summary>
    /// <returns>An address in 127.<c>secondOctet</c>.0.0/16.</returns>
    /// <exception cref="LabNetworkException">All <see cref="Capacity"/> addresses are taken.</exception>
    public IPAddress Next()
    {
        var n = Interlocked.Increment(ref next) - 1;
        if (n >= Capacity)
        {
            throw new LabNetworkException($"The lab ran out of loopback addresses in 127.{secondOctet}.0.0/16 after {Capacity} devices.");
        }

        return new IPAddress([127, secondOctet, (byte)(n / 254), (byte)((n % 254) + 1)]);
    }

    private static bool Probe()
    {
        try
        {
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
            socket.Bind(new IPEndPoint(new IPAddress([127, 77, 255, 254]), 0));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
