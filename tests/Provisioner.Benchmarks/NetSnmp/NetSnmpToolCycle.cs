using System.Diagnostics;
using System.Globalization;
using Provisioner.Snmp.Tests.Interop;

namespace Provisioner.Benchmarks.NetSnmp;

/// <summary>
/// GET+SET+GET cycles on sysContact.0 done the way users script them today: a bash loop running
/// the net-snmp command-line tools (snmpget, snmpset, snmpget) one after another.
/// </summary>
internal static class NetSnmpToolCycle
{
    private const string SysContact = "1.3.6.1.2.1.1.4.0";

    /// <summary>Runs <paramref name="cycles"/> cycles in one bash loop and returns cycles per second.</summary>
    /// <param name="snmpd">The agent.</param>
    /// <param name="credentials">The version and credentials the tools use.</param>
    /// <param name="cycles">How many cycles to run.</param>
    /// <param name="cancellationToken">Cancels the loop.</param>
    /// <returns>Completed cycles per second.</returns>
    public static async Task<double> MeasureAsync(SnmpdInstance snmpd, InteropCase credentials, int cycles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snmpd);
        ArgumentNullException.ThrowIfNull(credentials);
        var options = string.Join(' ', credentials.ToolOptions().Select(o => "'" + o + "'"));
        var agent = $"udp:127.0.0.1:{snmpd.Port}";
        var script =
            $"set -e; for i in $(seq {cycles.ToString(CultureInfo.InvariantCulture)}); do " +
            $"snmpget -m '' -On {options} {agent} {SysContact} >/dev/null; " +
            $"snmpset -m '' -On {options} {agent} {SysContact} s \"tools-$i\" >/dev/null; " +
            $"snmpget -m '' -On {options} {agent} {SysContact} | grep -q \"tools-$i\"; done";
        var clock = Stopwatch.StartNew();
        var result = await ProcessRunner.RunAsync("/bin/bash", ["-c", script], snmpd.Environment, cancellationToken);
        var elapsed = clock.Elapsed;
        return result.Succeeded ? cycles / elapsed.TotalSeconds : throw new InvalidOperationException(result.Describe());
    }
}
