using System.Globalization;
using System.Net;
using Provisioner.Abstractions;
using Provisioner.Benchmarks.Scale;
using Provisioner.Core;
using Provisioner.Drivers.Redfish;
using Provisioner.Lab.Hosting;
using Provisioner.Transport.Http;

namespace Provisioner.Benchmarks.Https;

/// <summary>
/// The HTTPS benchmark of issue 16: a lab of N Redfish BMCs in this process (each its own 127.x address,
/// listener and self-signed certificate, all on one Kestrel), plan and apply over all of them through the
/// real engine and the <c>redfish</c> driver with pinned certificates; then curl doing GET, PATCH, GET for a
/// sample, in the same run. The lab shares the process and the cores, so CPU and memory include it.
/// </summary>
internal static class RedfishScaleMeasure
{
    private const string User = "bench";
    private const string Password = "bench-http-password";

    public static async Task<int> RunAsync(int count, int curlSample, int parallel)
    {
        var specs = Enumerable.Range(0, count).Select(i => new LabDeviceSpec(Name(i), RedfishDescriptor.Id, "10.6.30.1") { HttpAccounts = [new LabHttpAccount(User, Password)] }).ToList();
        var relay = new IPEndPoint(IPAddress.Parse("10.6.0.25"), 25);
        await using var lab = await LabHost.StartAsync(specs, new LabHostOptions { AddressRange = 150, PreferredSnmpPort = null, PreferredHttpsPort = null, Relays = [relay] }, CancellationToken.None);
        var initial = lab.SaveState();
        var targets = lab.Devices.Select((d, i) => Target(d, i)).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Lab of {count} Redfish BMCs up on 127.150.x.y (HTTPS, one certificate each). {Environment.ProcessorCount} cores, --parallel {parallel}."));
        Console.WriteLine("| Step | Devices | Wall | Devices/s | CPU | Peak working set | Requests/device | TLS handshakes/device | Outcomes |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        TimeSpan applyWall = default;
        foreach (var mode in new[] { RunMode.Plan, RunMode.Apply, RunMode.Plan })
        {
            var before = Counters(lab);
            var runner = Runner(parallel);
            var (m, _) = await Measurement.TakeAsync(mode.ToString().ToLowerInvariant(), count, () => runner.RunAsync(targets, mode, null, CancellationToken.None), Outcomes);
            var after = Counters(lab);
            applyWall = mode == RunMode.Apply ? m.Wall : applyWall;
            var row = m.ToRow();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{row[..row.LastIndexOf('|', row.Length - 2)]}| {(after.Requests - before.Requests) / (double)count:0.0} | {(after.Connections - before.Connections) / (double)count:0.0} | {m.Outcomes} |"));
        }

        lab.LoadState(initial);
        var sample = lab.Devices.Take(curlSample).ToList();
        var curl = await CurlRedfishLoop.RunAsync(sample, User, Password);
        var perDevice = curl / sample.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| curl GET+PATCH+GET loop (3 processes per device, Basic auth, --cacert) | {sample.Count} measured | {curl.TotalSeconds:0.00} s | {sample.Count / curl.TotalSeconds:0} | - | - | 3.0 | 3.0 | extrapolated to {count}: {(perDevice * count).TotalSeconds:0} s; apply is {(perDevice * count) / applyWall:0.0}x faster |"));
        return 0;
    }

    private static ProvisioningRunner Runner(int parallel)
    {
        var engine = new DeviceEngine(new DriverCatalog([new RedfishDriver(DeviceHttpClientOptions.Default)]), new StaticSecrets(Password), new SecretRedactor(), new EngineOptions { RequestTimeout = TimeSpan.FromSeconds(10) }, TimeProvider.System);
        return new ProvisioningRunner(engine, new RunnerOptions { MaxParallel = parallel, MaxPerSite = parallel, MaxPerDriver = parallel }, TimeProvider.System);
    }

    private static (long Requests, long Connections) Counters(LabHost lab) =>
        (lab.Devices.Sum(d => d.HttpCounters.Requests), lab.Devices.Sum(d => d.HttpCounters.Connections));

    private static string Outcomes(RunResult run) =>
        string.Join(", ", run.Devices.GroupBy(d => d.Outcome).OrderBy(g => g.Key).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()} {g.Key.ToKebabCase()}")));

    private static string Name(int i) => string.Create(CultureInfo.InvariantCulture, $"BMC-{i:00000}");

    private static DeviceTarget Target(LabDevice device, int i) => new()
    {
        Name = device.Name,
        Site = "site" + (i % 10).ToString(CultureInfo.InvariantCulture),
        Kind = "bmc",
        DriverId = RedfishDescriptor.Id,
        Address = device.Endpoint.Address.ToString(),
        Port = device.Endpoint.Port,
        Credentials = new CredentialSet { Name = "bench", Http = new HttpCredentials { User = User, Password = new SecretReference(SecretScheme.Environment, "BENCH_HTTP_PW") } },
        Trust = new PeerTrust { CertificateFingerprints = [device.CertificateSha256!] },
        Desired = new NotificationSettings
        {
            RelayAddress = "10.6.0.25",
            FromAddress = device.Name.ToLowerInvariant() + "@contoso.com",
            Recipients = [new Recipient("alerts-systems@contoso.com"), new Recipient("alerts-critical@contoso.com", AlertSeverity.Critical)],
        },
    };
}
