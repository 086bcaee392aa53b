using Provisioner.Snmp.Client;

namespace Provisioner.Cli.Drivers;

/// <summary>
/// The transports the composition root hands to drivers when it creates them for a command: shared,
/// owned by the command, disposed after it. Drivers take only what their transport needs.
/// </summary>
/// <param name="Snmp">The SNMP client every SNMP driver shares (one UDP socket for all devices).</param>
internal sealed record TransportServices(SnmpClient Snmp) : IAsyncDisposable
{
    /// <summary>Creates the services of one command: a fresh SNMP client.</summary>
    /// <returns>The services; the caller disposes them.</returns>
    public static TransportServices Create() => new(new SnmpClient());

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => Snmp.DisposeAsync();
}
