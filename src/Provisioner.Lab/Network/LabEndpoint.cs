using System.Net;

namespace Provisioner.Lab.Network;

/// <summary>Where one lab device listens.</summary>
/// <param name="Address">The loopback address, e.g. <c>127.77.0.3</c>.</param>
/// <param name="Port">The port: the protocol's own (161 for SNMP) when it could be bound, otherwise an ephemeral one.</param>
public sealed record LabEndpoint(IPAddress Address, int Port)
{
    /// <summary>The endpoint as an <see cref="IPEndPoint"/>.</summary>
    public IPEndPoint ToIPEndPoint() => new(Address, Port);

    /// <summary>Returns <c>address:port</c>.</summary>
    public override string ToString() => $"{Address}:{Port}";
}
