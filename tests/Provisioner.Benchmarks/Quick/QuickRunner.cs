using System.Globalization;
using System.Net;
using System.Text;
using Provisioner.Benchmarks.Codec;
using Provisioner.Benchmarks.Loopback;
using Provisioner.Benchmarks.NetSnmp;
using Provisioner.Snmp.Client;
using Provisioner.Snmp.Messages;
using Provisioner.Snmp.Tests.Interop;
using Provisioner.Snmp.Types;

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

    private static readonly Oid SysName = Oid.Parse("1.3.6.1.2.1.1.5.0");

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
        await MeasureLoopbackAsync(results, cancellationToken);
        await MeasureSnmpdCyclesAsync(results, cancellationToken);
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

    private static QuickMeasurement AddAndReturn(this List<QuickMeasurement> results, QuickMeasurement measurement)
    {
        results.Add(measurement);
        return measurement;
    }

    private static void Progress(QuickMeasurement measurement) =>
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"measured: {measurement.Name}, {measurement.InFlight} in flight: {measurement.PerSecond:N0}/s"));

    private static async Task MeasureLoopbackAsync(List<QuickMeasurement> results, CancellationToken cancellationToken)
    {
        // The echo carries a real v2c GetRequest of sysName.0, so the datagram size matches.
        var request = SnmpMessageCodec.Encode(SnmpMessage.ForCommunity(
            SnmpMessageVersion.V2c, BenchmarkAgent.Community, new Snmp.Pdus.SnmpPdu(Snmp.Pdus.PduType.GetRequest, 1, Snmp.Pdus.SnmpErrorStatus.NoError, 0, [VarBind.ForRead(SysName)])));
        await using var agent = BenchmarkAgent.Start();
        await using var client = new SnmpClient();
        // With 256 in flight the kernel may drop datagrams (default 208 KiB socket buffers): a short
        // timeout with retries keeps the closed loop full, as a fleet run would.
        SnmpTarget[] targets =
        [
            SnmpTarget.V2c(agent.LocalEndpoint, BenchmarkAgent.Community) with { Timeout = TimeSpan.FromMilliseconds(500), Retries = 10 },
            SnmpTarget.V3(agent.LocalEndpoint, BenchmarkAgent.User) with { Timeout = TimeSpan.FromMilliseconds(500), Retries = 10 },
        ];
        foreach (var inFlight in new[] { 1, 256 })
        {
            double echo;
            await using (var server = new UdpEchoServer(IPAddress.Loopback))
            {
                echo = await UdpEchoClient.MeasureAsync(server.LocalEndpoint, request, inFlight, Duration, cancellationToken);
            }

            Progress(results.AddAndReturn(new QuickMeasurement($"UDP echo of a {request.Length}-byte GetRequest (physical limit)", inFlight, echo, string.Empty)));
            foreach (var target in targets)
            {
                var rate = await RateMeter.MeasureAsync(ct => client.GetAsync(target, [SysName], ct), inFlight, Duration, cancellationToken);
                var label = target.Version == SnmpMessageVersion.V3 ? "v3 authPriv SHA-256/AES-128" : "v2c";
                Progress(results.AddAndReturn(new QuickMeasurement($"SnmpClient → SnmpAgent GET, {label}", inFlight, rate, string.Create(CultureInfo.InvariantCulture, $"{rate / echo:P0} of echo"))));
            }
        }
    }

    private static async Task MeasureSnmpdCyclesAsync(List<QuickMeasurement> results, CancellationToken cancellationToken)
    {
        await using var snmpd = await SnmpdInstance.StartAsync(InteropMatrix.All, cancellationToken);
        await using var client = new SnmpClient();
        foreach (var credentials in CycleCredentials)
        {
            var tools = await NetSnmpToolCycle.MeasureAsync(snmpd, credentials, ToolCycles, cancellationToken);
            Progress(results.AddAndReturn(new QuickMeasurement($"snmpd GET+SET+GET, bash loop of net-snmp tools ({credentials.Label})", 1, tools, "3 processes per cycle")));
            var target = InteropCaseCredentials.Target(credentials, snmpd.EndpointV4) with { Timeout = TimeSpan.FromMilliseconds(300), Retries = 10 };
            var cycle = new SnmpClientCycle(client, target);
            foreach (var inFlight in new[] { 1, 4, 16 })
            {
                var rate = await RateMeter.MeasureAsync(cycle.RunAsync, inFlight, Duration, cancellationToken);
                Progress(results.AddAndReturn(new QuickMeasurement(
                    $"snmpd GET+SET+GET, SnmpClient ({credentials.Label})", inFlight, rate, string.Create(CultureInfo.InvariantCulture, $"{rate / tools:N0}× the tools loop"))));
            }
        }
    }
}
