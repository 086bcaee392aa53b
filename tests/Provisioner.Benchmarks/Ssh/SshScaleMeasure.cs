using System.Globalization;
using System.Net;
using Provisioner.Abstractions;
using Provisioner.Benchmarks.Scale;
using Provisioner.Core;
using Provisioner.Drivers.Apc.Nmc;
using Provisioner.Lab.Devices.Apc.Nmc;
using Provisioner.Lab.Hosting;
using Provisioner.Transport.Ssh;

namespace Provisioner.Benchmarks.Ssh;

/// <summary>
/// The SSH benchmark of issue 11: a lab of N APC cards (each a real OpenSSH sshd on its own 127.160.x address, the CLI
/// emulator as its forced command), plan and apply over all of them through the real engine and the <c>apc.nmc</c>
/// driver with pinned host keys; then OpenSSH's <c>ssh</c> running the same commands for a sample, in the same run.
/// CPU is this process's (engine, SSH.NET, the lab's bookkeeping); sshd and the Python emulators are other processes.
/// </summary>
internal static class SshScaleMeasure
{
    public static async Task<int> RunAsync(int count, int sshSample, int parallel)
    {
        var specs = Enumerable.Range(0, count).Select(i => new LabDeviceSpec(Name(i), NmcDescriptor.Id, "10.6.20.1")).ToList();
        var relay = new IPEndPoint(IPAddress.Parse("10.6.0.25"), 25);
        await using var lab = await LabHost.StartAsync(specs, new LabHostOptions { AddressRange = 160, PreferredSnmpPort = null, PreferredHttpsPort = null, PreferredSshPort = null, Relays = [relay] }, CancellationToken.None);
        if (lab.SshSkipped is { } skipped)
        {
            Console.Error.WriteLine(skipped);
            return 1;
        }

        var initial = lab.SaveState();
        var targets = lab.Devices.Select((d, i) => Target(lab, d, i)).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Lab of {count} APC cards up on 127.160.x.y (one sshd each). {Environment.ProcessorCount} cores, --parallel {parallel}, load average {LoadAverage()}."));
        Console.WriteLine("| Step | Devices | Wall | Devices/s | CPU | Peak working set | Outcomes |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        TimeSpan applyWall = default;
        foreach (var mode in new[] { RunMode.Plan, RunMode.Apply, RunMode.Plan })
        {
            var runner = Runner(parallel);
            var (m, _) = await Measurement.TakeAsync(mode.ToString().ToLowerInvariant(), count, () => runner.RunAsync(targets, mode, null, CancellationToken.None), Outcomes);
            applyWall = mode == RunMode.Apply ? m.Wall : applyWall;
            Console.WriteLine(m.ToRow());
        }

        var writes = OpenSshNmcLoop.WriteCommands(((NmcLabModel)lab.Devices[0].Model).State);
        lab.LoadState(initial);
        var sample = lab.Devices.Take(sshSample).ToList();
        var ssh = await OpenSshNmcLoop.RunAsync(lab, sample, writes);
        var perDevice = ssh / sample.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| OpenSSH ssh loop (1 process and connection per device, {writes.Count + 5} commands) | {sample.Count} measured | {ssh.TotalSeconds:0.00} s | {sample.Count / ssh.TotalSeconds:0.0} | - | - | extrapolated to {count}: {(perDevice * count).TotalSeconds:0} s; apply is {(perDevice * count) / applyWall:0.0}x faster |"));
        Console.WriteLine($"Load average after: {LoadAverage()}.");
        return 0;
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static ProvisioningRunner Runner(int parallel)
    {
        var engine = new DeviceEngine(new DriverCatalog([new ApcNmcDriver(new SshConnector())]), new StaticSecrets("bench-smtp-password"), new SecretRedactor(), new EngineOptions { RequestTimeout = TimeSpan.FromSeconds(30) }, TimeProvider.System);
        return new ProvisioningRunner(engine, new RunnerOptions { MaxParallel = parallel, MaxPerSite = parallel, MaxPerDriver = parallel }, TimeProvider.System);
    }

    private static string Outcomes(RunResult run) =>
        string.Join(", ", run.Devices.GroupBy(d => d.Outcome).OrderBy(g => g.Key).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()} {g.Key.ToKebabCase()}")));

    private static string Name(int i) => string.Create(CultureInfo.InvariantCulture, $"UPS-{i:00000}");

    private static DeviceTarget Target(LabHost lab, LabDevice device, int i) => new()
    {
        Name = device.Name,
        Site = "site" + (i % 10).ToString(CultureInfo.InvariantCulture),
        Kind = "ups",
        DriverId = NmcDescriptor.Id,
        Address = device.Endpoint.Address.ToString(),
        Port = device.Endpoint.Port,
        Credentials = new CredentialSet { Name = "bench", Ssh = new SshCredentials { User = LabHost.SshUser, PrivateKey = new SecretReference(SecretScheme.File, lab.SshClientKeyPath!) } },
        Trust = new PeerTrust { HostKeyFingerprints = [device.HostKeySha256!] },
        Desired = new NotificationSettings
        {
            RelayAddress = "10.6.0.25",
            FromAddress = device.Name.ToLowerInvariant() + "@contoso.com",
            Recipients = [new Recipient("alerts-power@contoso.com"), new Recipient("alerts-critical@contoso.com")],
        },
    };
}
