using System.Diagnostics;
using System.Globalization;
using Provisioner.Lab.Hosting;

namespace Provisioner.Benchmarks.Scale;

/// <summary>
/// The comparison: net-snmp's command-line tools doing what apply does per device (read the email
/// group, set it, read it back), one process per step, for a sample of lab devices.
/// </summary>
internal static class NetSnmpLoop
{
    private const string Email = "1.3.6.1.4.1.1918.2.13.10.30.65";

    private static readonly string[] ReadSuffixes = [".10.0", ".20.0", ".30.0", ".40.0", ".60.1.10.1", ".60.1.10.2", ".60.1.20.1", ".60.1.20.2"];

    public static async Task<TimeSpan> RunAsync(IReadOnlyList<LabDevice> sample, string community)
    {
        var read = ReadSuffixes.Select(s => Email + s).ToArray();
        var watch = Stopwatch.StartNew();
        var index = 0;
        foreach (var device in sample)
        {
            var agent = $"udp:{device.Endpoint.Address}:{device.Endpoint.Port}";
            string[] common = ["-v2c", "-c", community, "-r", "2", "-t", "1", agent];
            await RunToolAsync("snmpget", [.. common, .. read]);
            await RunToolAsync("snmpset", [.. common,
                Email + ".10.0", "i", "1",
                Email + ".20.0", "a", "10.6.0.25",
                Email + ".40.0", "s", string.Create(CultureInfo.InvariantCulture, $"dcp-{index++}@contoso.com"),
                Email + ".60.1.10.1", "s", "alerts-power@contoso.com",
                Email + ".60.1.20.1", "i", "1"]);
            await RunToolAsync("snmpget", [.. common, .. read]);
        }

        return watch.Elapsed;
    }

    private static async Task RunToolAsync(string tool, string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start; install the Debian package 'snmp'.");
        await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {error}");
        }
    }
}
