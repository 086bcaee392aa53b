using System.Globalization;
using System.Net;
using System.Text;
using Provisioner.Benchmarks.Loopback;
using Provisioner.Benchmarks.NetSnmp;
using Provisioner.Snmp.Tests.Interop;

namespace Provisioner.Benchmarks.Quick;

/// <summary>
/// The <c>--quick</c> mode: loopback throughput figures that BenchmarkDotNet's per-call model
/// does not express well (requests in flight, rates), measured side by side in one run.
/// </summary>
public static class QuickRunner
{
    /// <summary>How long each rate is measured.</summary>
    public static readonly TimeSpan Duration = TimeSpan.FromSeconds(3);

    /// <summary>How many cycles the bash loop of net-snmp tools runs.</summary>
    private const int ToolCycles = 30;

    /// <summary>The credentials the snmpd cycles are measured with: v2c and v3 authPriv.</summary>
    private static readonly InteropCase[] CycleCredentials =
    [
        InteropMatrix.CommunityCases[1],
        InteropMatrix.UsmCases.Single(c => c.Auth == "SHA-256" && c.Priv == "AES"),
    ];

    /// <summary>Runs every measurement and prints a Markdown table.</summary>
    /// <param name="output">Where to write the table.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The measurements.</returns>
    public static async Task<IReadOnlyList<QuickMeasurement>> RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var results = new List<QuickMeasurement>();
        var payload = new byte[48];
        await using (var echo = new UdpEchoServer(IPAddress.Loopback))
        {
            foreach (var inFlight in new[] { 1, 256 })
            {
                var rate = await UdpEchoClient.MeasureAsync(echo.LocalEndpoint, payload, inFlight, Duration, cancellationToken);
                results.Add(new QuickMeasurement("UDP echo (physical limit)", inFlight, rate, string.Empty));
            }
        }

        await using (var snmpd = await SnmpdInstance.StartAsync(InteropMatrix.All, cancellationToken))
        {
            foreach (var credentials in CycleCredentials)
            {
                var rate = await NetSnmpToolCycle.MeasureAsync(snmpd, credentials, ToolCycles, cancellationToken);
                results.Add(new QuickMeasurement($"snmpd GET+SET+GET, bash loop of net-snmp tools ({credentials.Label})", 1, rate, "3 processes per cycle"));
            }
        }

        output.Write(Render(results));
        return results;
    }

    /// <summary>Renders the measurements as a Markdown table.</summary>
    /// <param name="results">The measurements.</param>
    /// <returns>The table.</returns>
    public static string Render(IEnumerable<QuickMeasurement> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var text = new StringBuilder();
        text.AppendLine("| Measurement | In flight | Per second | Note |");
        text.AppendLine("|---|---:|---:|---|");
        foreach (var r in results)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {r.Name} | {r.InFlight} | {r.PerSecond:N0} | {r.Note} |");
        }

        return text.ToString();
    }
}
