using System.Net;

namespace Provisioner.Lab.Network;

/// <summary>
/// The lab's one rule about the network: it binds to and connects to loopback addresses only
/// (127.0.0.0/8 and ::1). Every socket the lab opens passes through <see cref="Ensure(IPAddress, string)"/>.
/// </summary>
public static class LoopbackGuard
{
    /// <summary>Returns whether <paramref name="address"/> is a loopback address (127.0.0.0/8, ::1, or an IPv4-mapped 127.x).</summary>
    /// <param name="address">The address to check.</param>
    /// <returns>True for loopback.</returns>
    public static bool IsLoopback(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
    }

    /// <summary>Throws unless <paramref name="address"/> is a loopback address.</summary>
    /// <param name="address">The address the lab is about to bind or connect to.</param>
    /// <param name="purpose">What the socket is for, e.g. "SMTP capture"; goes into the message.</param>
    /// <returns>The address, for chaining.</returns>
    /// <exception cref="LabNetworkException">The address is not loopback.</exception>
    public static IPAddress Ensure(IPAddress address, string purpose)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (!IsLoopback(address))
        {
            throw new LabNetworkException(
                $"The lab refused to use {address} for {purpose}: the lab binds and connects to loopback addresses only (127.0.0.0/8, ::1).");
        }

        return address;
    }

    /// <summary>Throws unless <paramref name="endpoint"/>'s address is loopback.</summary>
    /// <param name="endpoint">The endpoint the lab is about to bind or connect to.</param>
    /// <param name="purpose">What the socket is for.</param>
    /// <returns>The endpoint, for chaining.</returns>
    /// <exception cref="LabNetworkException">The address is not loopback.</exception>
    public static IPEndPoint Ensure(IPEndPoint endpoint, string purpose)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        Ensure(endpoint.Address, purpose);
        return endpoint;
    }
}
