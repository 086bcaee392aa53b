using Provisioner.Snmp.Client;
using Provisioner.Transport.Http;

namespace Provisioner.Cli.Drivers;

/// <summary>
/// The transports the composition root hands to drivers when it creates them for a command: shared,
/// owned by the command, disposed after it. Drivers take only what their transport needs.
/// </summary>
/// <param name="Snmp">The SNMP client every SNMP driver shares (one UDP socket for all devices).</param>
/// <param name="Http">How HTTPS drivers create each device's client (default port, retries); each device gets its own client and pool.</param>
internal sealed record TransportServices(SnmpClient Snmp, DeviceHttpClientOptions Http) : IAsyncDisposable
{
    /// <summary>Creates the services of one command: a fresh SNMP client and the default HTTPS options.</summary>
    /// <returns>The services; the caller disposes them.</returns>
    public static TransportServices Create() => new(new SnmpClient(), DeviceHttpClientOptions.Default);

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => Snmp.DisposeAsync();
}
