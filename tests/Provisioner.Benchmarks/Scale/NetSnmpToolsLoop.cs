using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Provisioner.Drivers.Eaton;
using Provisioner.Snmp.Tests.Interop;

namespace Provisioner.Benchmarks.Scale;

/// <summary>
/// What users script today: a bash loop over the devices running net-snmp's <c>snmpget</c> (identity
/// and the email group), <c>snmpset</c> (the same values the driver writes) and <c>snmpget</c>
/// (read back, checked with grep), one device after another, with the tools' default timeout and
/// retries. It runs under <c>/usr/bin/time</c>, whose user+system time and maximum resident size
/// include every tool process.
/// </summary>
internal static class NetSnmpToolsLoop
{
    public static async Task<ScaleFigure> RunAsync(string scenario, IReadOnlyList<(string Name, IPEndPoint Endpoint)> sample, string version, ScaleLab lab, CancellationToken cancellationToken)
    {
        var directory = Directory.CreateTempSubdirectory("provisioner-scale-tools-");
        try
        {
            var list = Path.Combine(directory.FullName, "devices.txt");
            await File.WriteAllLinesAsync(list, sample.Select(d => $"{d.Endpoint.Address} {d.Endpoint.Port.ToString(CultureInfo.InvariantCulture)} {d.Name}"), cancellationToken);
            var timing = Path.Combine(directory.FullName, "time.txt");
            var script = Script(list, version);
            await lab.ResetPeakAsync();
            var (labCpu0, _) = await lab.StatsAsync();
            var clock = Stopwatch.StartNew();
            var result = await ProcessRunner.RunAsync("/usr/bin/time", ["-f", "%e %U %S %M", "-o", timing, "/bin/bash", "-c", script], new NetSnmpEnvironment(directory.FullName), cancellationToken);
            var wall = clock.Elapsed;
            var (labCpu1, labPeak) = await lab.StatsAsync();
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("The net-snmp tools loop failed: " + result.Describe());
            }

            var words = (await File.ReadAllTextAsync(timing, cancellationToken)).Trim().Split(' ');
            var cpu = TimeSpan.FromSeconds(double.Parse(words[1], CultureInfo.InvariantCulture) + double.Parse(words[2], CultureInfo.InvariantCulture));
            var maxRss = long.Parse(words[3], CultureInfo.InvariantCulture) * 1024;
            return new ScaleFigure(scenario, sample.Count, 1, wall, cpu, maxRss, labCpu1 - labCpu0, labPeak, $"verified {sample.Count}", $"{sample.Count * 3} tool processes; peak = largest single tool process");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static string Script(string list, string version)
    {
        var email = Oids.Sc200Email;
        string Cell(int column, int row) => Oids.ReceiverCell(email, column, row);
        var state = string.Join(' ', new[] { email + Oids.Email.Notifications, email + Oids.Email.ServerAddress, email + Oids.Email.ServerPort, email + Oids.Email.ReturnAddress }
            .Concat(Enumerable.Range(1, 5).Select(r => Cell(Oids.Email.ReceiverAddressColumn, r)))
            .Concat(Enumerable.Range(1, 5).Select(r => Cell(Oids.Email.ReceiverLevelColumn, r))));
        var set = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"{email}{Oids.Email.Notifications} i 1 {email}{Oids.Email.ServerAddress} a {ScaleFleet.Relay} {email}{Oids.Email.ServerPort} i 25 ")
            .Append(CultureInfo.InvariantCulture, $"{email}{Oids.Email.ReturnAddress} s \"$name@contoso.com\" ")
            .Append(CultureInfo.InvariantCulture, $"{Cell(Oids.Email.ReceiverAddressColumn, 1)} s alerts-power@contoso.com {Cell(Oids.Email.ReceiverLevelColumn, 1)} i 1 ")
            .Append(CultureInfo.InvariantCulture, $"{Cell(Oids.Email.ReceiverAddressColumn, 2)} s alerts-critical@contoso.com {Cell(Oids.Email.ReceiverLevelColumn, 2)} i 5");
        var tool = $"-m '' -On {ScaleCredentials.ToolOptions(version)} \"udp:$addr:$port\"";
        return "set -eo pipefail; while read -r addr port name; do " +
            $"snmpget {tool} {Oids.SysObjectId} {Oids.SysDescr} {state} >/dev/null; " +
            $"snmpset {tool} {set} >/dev/null; " +
            $"snmpget {tool} {state} | grep -q alerts-critical@contoso.com; " +
            $"done < '{list}'";
    }
}
