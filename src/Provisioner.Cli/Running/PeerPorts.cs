using Provisioner.Abstractions;

namespace Provisioner.Cli.Running;

/// <summary>
/// The ports a device's HTTPS and SSH peers are looked up on in the known-peers store: the device's
/// <c>port</c> (else its driver's default) for the transport its driver speaks, the protocol's
/// well-known port otherwise. A driver that speaks both takes <c>port</c> as its HTTPS port.
/// </summary>
internal static class PeerPorts
{
    /// <summary>The well-known HTTPS port.</summary>
    public const int DefaultHttps = 443;

    /// <summary>The well-known SSH port.</summary>
    public const int DefaultSsh = 22;

    /// <summary>The HTTPS port of a device reached on <paramref name="port"/> by a driver described by <paramref name="descriptor"/>.</summary>
    /// <param name="port">The inventory's <c>port</c>, or null.</param>
    /// <param name="descriptor">The driver's descriptor, or null when unknown.</param>
    /// <returns>The port.</returns>
    public static int Https(int? port, DriverDescriptor? descriptor) =>
        Speaks(descriptor, DriverTransport.Https) ? port ?? descriptor!.DefaultPort ?? DefaultHttps : DefaultHttps;

    /// <summary>The SSH port of a device reached on <paramref name="port"/> by a driver described by <paramref name="descriptor"/>.</summary>
    /// <param name="port">The inventory's <c>port</c>, or null.</param>
    /// <param name="descriptor">The driver's descriptor, or null when unknown.</param>
    /// <returns>The port.</returns>
    public static int Ssh(int? port, DriverDescriptor? descriptor) =>
        Speaks(descriptor, DriverTransport.Ssh) && !Speaks(descriptor, DriverTransport.Https) ? port ?? descriptor!.DefaultPort ?? DefaultSsh : DefaultSsh;

    /// <summary>Whether the driver talks to devices over <paramref name="transport"/>.</summary>
    /// <param name="descriptor">The driver's descriptor, or null.</param>
    /// <param name="transport">The transport.</param>
    /// <returns>True when it does.</returns>
    public static bool Speaks(DriverDescriptor? descriptor, DriverTransport transport) => descriptor?.Transports.Contains(transport) == true;
}
