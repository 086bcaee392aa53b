using System.Net;
using System.Net.Sockets;

namespace Provisioner.Snmp.Tests.Interop;

/// <summary>Finds an ephemeral UDP port that is free on both 127.0.0.1 and [::1] right now.</summary>
internal static class FreeUdpPort
{
    /// <summary>Asks the kernel for an ephemeral port on 127.0.0.1 and checks it is also free on [::1].</summary>
    /// <returns>A port number that a daemon can bind on both loopback addresses.</returns>
    public static int Find()
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            using var v4 = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
            v4.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            var port = ((IPEndPoint)v4.LocalEndPoint!).Port;
            try
            {
                using var v6 = new Socket(AddressFamily.InterNetworkV6, SocketType.Dgram, ProtocolType.Udp);
                v6.Bind(new IPEndPoint(IPAddress.IPv6Loopback, port));
                return port;
            }
            catch (SocketException)
            {
                // Taken on ::1 by someone else: ask for another one.
            }
        }

        throw new InvalidOperationException("No UDP port is free on both 127.0.0.1 and [::1] after 50 attempts.");
    }
}
