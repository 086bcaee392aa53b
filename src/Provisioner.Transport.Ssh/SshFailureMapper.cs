using System.Net.Sockets;
using Provisioner.Abstractions;
using Renci.SshNet.Common;

namespace Provisioner.Transport.Ssh;

/// <summary>
/// Turns what connecting or logging in threw into the contract's typed <see cref="DeviceException"/>s. Messages
/// are built from the endpoint, the user, the methods tried and the kind of failure only: never from
/// SSH.NET's or the server's text, so no secret can reach them.
/// </summary>
internal static class SshFailureMapper
{
    /// <summary>Maps a failed connect (TCP, key exchange or authentication).</summary>
    /// <param name="failure">What SSH.NET threw.</param>
    /// <param name="check">The host key check of the attempt.</param>
    /// <param name="trust">The accepted fingerprints, for an untrusted message.</param>
    /// <param name="user">The login name.</param>
    /// <param name="methods">The authentication methods offered, by SSH name.</param>
    /// <param name="endpoint">The device endpoint.</param>
    /// <param name="timeout">The connect timeout.</param>
    /// <returns>The typed exception to throw.</returns>
    public static DeviceException MapConnect(Exception failure, HostKeyCheck check, PeerTrust trust, string user, IReadOnlyList<string> methods, string endpoint, TimeSpan timeout)
    {
        if (check.Refused)
        {
            return check.ToException(endpoint, trust.HostKeyFingerprints, failure);
        }

        switch (failure)
        {
            case SshAuthenticationException:
                return new DeviceAuthenticationException($"SSH at {endpoint}: the device refused user '{user}' (tried {string.Join(", ", methods)}). Check the user, the password or key reference and that the device allows these methods.", failure) { Endpoint = endpoint, Operation = "SSH authentication" };
            case SshOperationTimeoutException or TimeoutException or OperationCanceledException:
                return Timeout(endpoint, "SSH connect", $"SSH at {endpoint}: no SSH handshake within {timeout.TotalSeconds:0.###} s. Check that the device is up and that the port serves SSH.", timeout, failure);
            case SocketException socket when socket.SocketErrorCode == SocketError.TimedOut:
                return Timeout(endpoint, "SSH connect", $"SSH at {endpoint}: the TCP connection timed out. Check the address and any firewall in between.", timeout, failure);
            case SocketException socket:
                return new DeviceUnreachableException($"SSH at {endpoint}: the connection failed ({Describe(socket.SocketErrorCode)}). Check the address and port and that the device's SSH service is enabled.", failure) { Endpoint = endpoint, Operation = "SSH connect" };
            case SshConnectionException connection:
                return new DeviceUnreachableException($"SSH at {endpoint}: the server closed the connection during the handshake ({connection.DisconnectReason}). Check that the device accepts SSH from this host and offers an algorithm in common.", failure) { Endpoint = endpoint, Operation = "SSH connect" };
            case ProxyException or IOException:
                return new DeviceUnreachableException($"SSH at {endpoint}: the connection was lost during the handshake. Check the device's SSH service.", failure) { Endpoint = endpoint, Operation = "SSH connect" };
            default:
                return new DeviceProtocolException($"SSH at {endpoint}: the handshake failed ({failure.GetType().Name}). Check that the port serves SSH.", failure) { Endpoint = endpoint, Operation = "SSH connect" };
        }
    }

    /// <summary>A timeout with its context.</summary>
    /// <param name="endpoint">The device endpoint.</param>
    /// <param name="operation">What timed out (a masked command).</param>
    /// <param name="message">The message.</param>
    /// <param name="waited">How long was waited.</param>
    /// <param name="inner">The exception behind it, or null.</param>
    /// <returns>The exception.</returns>
    public static DeviceTimeoutException Timeout(string endpoint, string operation, string message, TimeSpan waited, Exception? inner)
        => inner is null
            ? new DeviceTimeoutException(message) { Endpoint = endpoint, Operation = operation, Waited = waited, Attempts = 1 }
            : new DeviceTimeoutException(message, inner) { Endpoint = endpoint, Operation = operation, Waited = waited, Attempts = 1 };

    private static string Describe(SocketError error) => error switch
    {
        SocketError.ConnectionRefused => "connection refused",
        SocketError.HostUnreachable or SocketError.NetworkUnreachable => "no route to host",
        SocketError.ConnectionReset => "connection reset",
        SocketError.HostNotFound or SocketError.NoData => "the host name does not resolve",
        _ => error.ToString(),
    };
}
