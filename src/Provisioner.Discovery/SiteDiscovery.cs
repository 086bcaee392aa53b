using System.Net;
using Provisioner.Abstractions;
using Provisioner.Snmp.Client;
using Provisioner.Transport.Snmp;

namespace Provisioner.Discovery;

/// <summary>
/// Probes a site's ranges over SNMP (one UDP socket, bounded parallelism, no retries), identifies every
/// answering device against the drivers' identity rules and turns the result into inventory skeleton entries.
/// </summary>
public static class SiteDiscovery
{
    /// <summary>Parses ranges as typed on the command line.</summary>
    /// <param name="texts">CIDR ranges, e.g. <c>10.6.0.0/24</c>.</param>
    /// <returns>The ranges.</returns>
    /// <exception cref="ArgumentException">A range is malformed or too wide, or none is given; the message says how to write one.</exception>
    public static IReadOnlyList<Ipv4Range> ParseRanges(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var ranges = texts.Select(text => Ipv4Range.TryParse(text, out var range, out var error) ? range! : throw new ArgumentException(error)).ToList();
        return ranges.Count > 0 ? ranges : throw new ArgumentException("Give at least one --range CIDR, e.g. --range 10.6.0.0/24.");
    }

    /// <summary>Probes every host of the request's ranges.</summary>
    /// <param name="request">What to probe and how.</param>
    /// <param name="drivers">The descriptors of the drivers to suggest from.</param>
    /// <param name="cancellationToken">Cancels the scan.</param>
    /// <returns>The addresses probed and the devices that answered.</returns>
    /// <exception cref="DeviceException">The credentials cannot make an SNMP target (e.g. no SNMP part).</exception>
    /// <exception cref="SecretResolutionException">A secret reference cannot be resolved.</exception>
    public static async Task<SiteScan> ScanAsync(DiscoveryRequest request, IReadOnlyList<DriverDescriptor> drivers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var template = await SnmpTargetBuilder.BuildAsync(
            new OpenRequest
            {
                DeviceName = "discovery",
                Address = request.Ranges[0].Network.ToString(),
                Port = request.Port,
                Credentials = request.Credentials,
                Secrets = request.Secrets,
                Timeout = request.Timeout,
            },
            cancellationToken) with { Retries = 0 };
        List<IPAddress> addresses = [.. request.Ranges.SelectMany(r => r.Hosts()).Distinct()];
        await using var client = new SnmpClient();
        var scanner = new DiscoveryScanner(client, template, new DriverMatcher(drivers), request.Parallel);
        return new SiteScan(addresses.Count, await scanner.ScanAsync(addresses, null, cancellationToken));
    }
}
