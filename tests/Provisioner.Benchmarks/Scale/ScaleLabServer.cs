using System.Diagnostics;
using System.Globalization;
using Provisioner.Lab.Devices.Eaton;
using Provisioner.Lab.Hosting;
using Provisioner.Snmp.Types;

namespace Provisioner.Benchmarks.Scale;

/// <summary>
/// The lab side of the scale benchmark, run as its own process (<c>scale-lab DEVICES VERSION</c>) so
/// that the runner's CPU and memory are measured apart from the 10,000 agents'. It starts a
/// <see cref="LabHost"/>, prints one <c>device NAME ADDRESS PORT</c> line per agent and <c>ready MS</c>,
/// then obeys one command per line on stdin (see <see cref="ScaleLab"/>) and answers each with one line.
/// </summary>
internal static class ScaleLabServer
{
    /// <summary>The 127.x.0.0/16 range of the scale lab, apart from the tests' ranges.</summary>
    public const byte AddressRange = 201;

    public static async Task<int> RunAsync(int devices, string version)
    {
        var clock = Stopwatch.StartNew();
        var specs = Enumerable.Range(1, devices).Select(i => ScaleCredentials.Spec(DeviceName(i), $"10.{i / 65536}.{i / 256 % 256}.{i % 256}", version)).ToList();
        await using var lab = await LabHost.StartAsync(specs, new LabHostOptions { AddressRange = AddressRange, PreferredSnmpPort = 161 }, CancellationToken.None);
        var factory = FactoryEmailGroup();
        var output = Console.Out;
        foreach (var device in lab.Devices)
        {
            output.WriteLine($"device {device.Name} {device.Endpoint.Address} {device.Endpoint.Port.ToString(CultureInfo.InvariantCulture)}");
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ready {clock.ElapsedMilliseconds}"));
        output.Flush();
        while (await Console.In.ReadLineAsync() is { } line)
        {
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            switch (words.FirstOrDefault())
            {
                case "faults":
                    var latency = TimeSpan.FromMilliseconds(int.Parse(words[1], CultureInfo.InvariantCulture));
                    var loss = double.Parse(words[2], CultureInfo.InvariantCulture);
                    foreach (var device in lab.Devices)
                    {
                        device.Faults.Latency = latency;
                        device.Faults.PacketLoss = loss;
                    }

                    output.WriteLine("ok");
                    break;
                case "reset":
                    foreach (var device in lab.Devices)
                    {
                        device.Mib.Import(factory);
                        device.Mib.ClearWriteLog();
                    }

                    output.WriteLine("ok");
                    break;
                case "peak-reset":
                    GC.Collect();
                    ProcessMeter.ResetPeak();
                    output.WriteLine("ok");
                    break;
                case "stats":
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stats {ProcessMeter.CpuTime.Ticks} {ProcessMeter.PeakBytes()} {ProcessMeter.CurrentBytes()}"));
                    break;
                case "quit":
                    return 0;
                default:
                    output.WriteLine($"error unknown command '{line}'");
                    break;
            }

            output.Flush();
        }

        return 0;
    }

    /// <summary>The inventory name of device <paramref name="index"/> (1-based).</summary>
    public static string DeviceName(int index) => string.Create(CultureInfo.InvariantCulture, $"dcp-{index:D5}");

    private static List<VarBind> FactoryEmailGroup()
    {
        var fresh = new Sc200LabModel("factory", _ => null, new Provisioner.Lab.Devices.DeviceFaults(), TimeProvider.System);
        return [.. fresh.Mib.Export().Where(b => b.Oid.StartsWith(Sc200Objects.Email) && fresh.Mib.Find(b.Oid.ToString())?.Access == Provisioner.Snmp.Agent.MibAccess.ReadWrite)];
    }
}
