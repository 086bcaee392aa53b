using System.Net;
using Provisioner.Abstractions;
using Provisioner.Snmp.Client;
using Provisioner.Transport.Snmp;

namespace Provisioner.Discovery;

/// <summary>
/// Probes addresses over SNMP through one <see cref="SnmpClient"/> (one UDP socket), at most
/// <see cref="MaxParallel"/> at a time, each with the target's timeout: a GET of sysDescr, sysObjectID and
/// sysName. Silent addresses are skipped; answering devices are matched against the drivers' identity rules.
/// </summary>
/// <param name="client">The client all probes share; the caller disposes it.</param>
/// <param name="template">The target every probe starts from (credentials, port, timeout); only the address changes.</param>
/// <param name="matcher">Suggests drivers.</param>
/// <param name="parallel">The most probes in flight (at least 1).</param>
public sealed class DiscoveryScanner(SnmpClient client, SnmpTarget template, DriverMatcher matcher, int parallel)
{
    /// <summary>The most probes in flight.</summary>
    public int MaxParallel { get; } = Math.Max(1, parallel);

    /// <summary>Probes every address of <paramref name="addresses"/>.</summary>
    /// <param name="addresses">The addresses, in the order results are returned.</param>
    /// <param name="progress">Told the number of addresses probed so far; may be null.</param>
    /// <param name="cancellationToken">Cancels the scan.</param>
    /// <returns>The devices that answered, in address order.</returns>
    public async Task<IReadOnlyList<DiscoveredDevice>> ScanAsync(IReadOnlyList<IPAddress> addresses, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        var results = new DiscoveredDevice?[addresses.Count];
        var done = 0;
        await Parallel.ForEachAsync(
            Enumerable.Range(0, addresses.Count),
            new ParallelOptions { MaxDegreeOfParallelism = MaxParallel, CancellationToken = cancellationToken },
            async (i, token) =>
            {
                results[i] = await ProbeAsync(addresses[i], token);
                progress?.Report(Interlocked.Increment(ref done));
            });
        return [.. results.OfType<DiscoveredDevice>()];
    }

    private async Task<DiscoveredDevice?> ProbeAsync(IPAddress address, CancellationToken cancellationToken)
    {
        await using var channel = new SnmpChannel(template with { Endpoint = new IPEndPoint(address, template.Endpoint.Port) }, address.ToString(), client) { ProbesClosedPortOnTimeout = false };
        try
        {
            var system = await SnmpIdentity.ReadSystemGroupAsync(channel, cancellationToken);
            var driver = matcher.Match(system);
            var note = driver is not null ? string.Empty
                : system.SysObjectId is null ? "answered without a sysObjectID"
                : $"no driver recognises sysObjectID {system.SysObjectId}; describe it with a mapping file (docs/drivers.md) if it has writable SMTP objects";
            return new DiscoveredDevice(address, system, driver, note);
        }
        catch (DeviceTimeoutException)
        {
            return null;
        }
        catch (DeviceAuthenticationException ex)
        {
            return new DiscoveredDevice(address, new SystemGroup(null, null, null), null, $"answers SNMP but refused the credentials: {ex.Message}");
        }
        catch (DeviceProtocolException ex)
        {
            return new DiscoveredDevice(address, new SystemGroup(null, null, null), null, $"answered but the answer could not be used: {ex.Message}");
        }
    }
}
