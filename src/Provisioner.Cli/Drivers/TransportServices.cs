using Provisioner.Snmp.Client;
using Provisioner.Transport.Http;
using Provisioner.Transport.Ssh;
using Serilog;

namespace Provisioner.Cli.Drivers;

/// <summary>
/// The transports the composition root hands to drivers when it creates them for a command: shared,
/// owned by the command, disposed after it. Drivers take only what their transport needs.
/// </summary>
/// <param name="Snmp">The SNMP client every SNMP driver shares (one UDP socket for all devices).</param>
/// <param name="Http">How HTTPS drivers create each device's client (default port, retries); each device gets its own client and pool.</param>
/// <param name="Ssh">The SSH connector every SSH driver shares; each device gets its own connection, which the driver disposes.</param>
internal sealed record TransportServices(SnmpClient Snmp, DeviceHttpClientOptions Http, SshConnector Ssh) : IAsyncDisposable
{
    /// <summary>
    /// Creates the services of one command: a fresh SNMP client, the default HTTPS options, and an SSH
    /// connector whose transcript (every command, secrets masked, output left out) goes to <paramref name="log"/> at debug level.
    /// </summary>
    /// <param name="log">The command's log (<c>--verbose</c> shows debug entries, <c>--log-file</c> keeps them).</param>
    /// <returns>The services; the caller disposes them.</returns>
    public static TransportServices Create(ILogger log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var ssh = new SshConnector(SshConnectorOptions.Default with { TranscriptSink = entry => Transcribe(log, entry) });
        return new(new SnmpClient(), DeviceHttpClientOptions.Default, ssh);
    }

    /// <inheritdoc/>
    /// <remarks>The SSH connector holds nothing between connections, so only the SNMP client is disposed.</remarks>
    public ValueTask DisposeAsync() => Snmp.DisposeAsync();

    private static void Transcribe(ILogger log, SshTranscriptEntry entry) =>
        log.Debug("SSH {Endpoint} {Channel}: {Command} → {Outcome} ({ElapsedMs:0} ms)", entry.Endpoint, entry.Channel, entry.Command, entry.Outcome, entry.Elapsed.TotalMilliseconds);
}
