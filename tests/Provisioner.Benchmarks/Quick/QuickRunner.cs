using System.Globalization;
using System.Net;
using System.Text;
using Provisioner.Benchmarks.Loopback;

namespace Provisioner.Benchmarks.Quick;

/// <summary>
/// The <c>--quick</c> mode: loopback throughput figures that BenchmarkDotNet's per-call model
/// does not express well (requests in flight, rates), measured side by side in one run.
/// </summary>
public static class QuickRunner
{
    /// <summary>How long each rate is measured.</summary>
    public static readonly TimeSpan Duration = TimeSpan.FromSeconds(3);

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
