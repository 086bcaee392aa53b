using System.Globalization;
using System.Net;
using Provisioner.Abstractions;
using Provisioner.Core;
using Provisioner.Drivers.Eaton.Sc200;
using Provisioner.Lab.Hosting;
using Provisioner.Snmp.Client;

namespace Provisioner.Benchmarks.Scale;

/// <summary>
/// The scale benchmark of issue 4: a lab of N SC200s in this process (each its own 127.x address
/// and UDP socket), plan and apply over all of them through the real engine and driver, once with
/// no added latency and once with 20 ms per answer and 1% loss; then net-snmp's tools for a sample.
/// </summary>
internal static class ScaleMeasure
{
    private const string Community = "bench-rw-community";

    public static async Task<int> RunAsync(int count, int sampleSize)
    {
        var specs = Enumerable.Range(0, count).Select(i => new LabDeviceSpec(Name(i), Sc200Descriptor.Id, "10.6.0.1") { Communities = [Community] }).ToList();
        var relay = new IPEndPoint(IPAddress.Parse("10.6.0.25"), 25);
        await using var lab = await LabHost.StartAsync(specs, new LabHostOptions { AddressRange = 120, PreferredSnmpPort = null, Relays = [relay] }, CancellationToken.None);
        var initial = lab.SaveState();
        var targets = lab.Devices.Select((d, i) => Target(d, i)).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Lab of {count} devices up on 127.120.x.y. {Environment.ProcessorCount} cores."));
        Console.WriteLine("| Step | Devices | Wall | Devices/s | CPU | Peak working set | Outcomes |");
        Console.WriteLine("|---|---|---|---|---|---|---|");

        await using var snmp = new SnmpClient();
        foreach (var (latency, loss, label) in new[] { (TimeSpan.Zero, 0.0, "no added latency"), (TimeSpan.FromMilliseconds(20), 0.01, "20 ms + 1% loss") })
        {
            lab.LoadState(initial);
            foreach (var device in lab.Devices)
            {
                device.Faults.Latency = latency;
                device.Faults.PacketLoss = loss;
            }

            foreach (var mode in new[] { RunMode.Plan, RunMode.Apply })
            {
                var runner = Runner(snmp, latency == TimeSpan.Zero ? 256 : 2048);
                var (m, _) = await Measurement.TakeAsync($"{mode.ToString().ToLowerInvariant()} v2c, {label}", count, () => runner.RunAsync(targets, mode, null, CancellationToken.None), Outcomes);
                Console.WriteLine(m.ToRow());
            }
        }

        foreach (var device in lab.Devices)
        {
            device.Faults.Latency = TimeSpan.Zero;
            device.Faults.PacketLoss = 0;
        }

        lab.LoadState(initial);
        var sample = lab.Devices.Take(sampleSize).ToList();
        var tools = await NetSnmpLoop.RunAsync(sample, Community);
        var perDevice = tools / sample.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| net-snmp snmpget+snmpset+snmpget loop, no added latency | {sample.Count} measured | {tools.TotalSeconds:0.00} s | {sample.Count / tools.TotalSeconds:0} | - | - | extrapolated to {count}: {(perDevice * count).TotalSeconds:0} s |"));
        return 0;
    }

    private static ProvisioningRunner Runner(SnmpClient snmp, int parallel)
    {
        var engine = new DeviceEngine(new DriverCatalog([new EatonSc200Driver(snmp)]), new StaticSecrets(Community), new SecretRedactor(), new EngineOptions { RequestTimeout = TimeSpan.FromMilliseconds(900) }, TimeProvider.System);
        return new ProvisioningRunner(engine, new RunnerOptions { MaxParallel = parallel, MaxPerSite = parallel, MaxPerDriver = parallel, RetryDelay = TimeSpan.FromMilliseconds(100), MaxRetryDelay = TimeSpan.FromMilliseconds(400) }, TimeProvider.System);
    }

    private static string Outcomes(RunResult run) =>
        string.Join(", ", run.Devices.GroupBy(d => d.Outcome).OrderBy(g => g.Key).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()} {g.Key.ToKebabCase()}")));

    private static string Name(int i) => string.Create(CultureInfo.InvariantCulture, $"DCP-{i:00000}");

    private static DeviceTarget Target(LabDevice device, int i) => new()
    {
        Name = device.Name,
        Site = "site" + (i % 10).ToString(CultureInfo.InvariantCulture),
        Kind = "dc-power",
        DriverId = Sc200Descriptor.Id,
        Address = device.Endpoint.Address.ToString(),
        Port = device.Endpoint.Port,
        Credentials = new CredentialSet { Name = "bench", Snmp = new SnmpCredentials { Community = new SecretReference(SecretScheme.Environment, "BENCH_COMMUNITY") } },
        Desired = new NotificationSettings
        {
            RelayAddress = "10.6.0.25",
            FromAddress = device.Name.ToLowerInvariant() + "@contoso.com",
            Recipients = [new Recipient("alerts-power@contoso.com"), new Recipient("alerts-critical@contoso.com")],
        },
    };
}
