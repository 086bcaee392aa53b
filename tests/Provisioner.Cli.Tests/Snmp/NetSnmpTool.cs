using System.Diagnostics;

namespace Provisioner.Cli.Tests.Snmp;

/// <summary>Runs a net-snmp tool (Debian package <c>snmp</c>) without MIBs; fails with an install hint when missing.</summary>
internal static class NetSnmpTool
{
    /// <summary>Runs <paramref name="tool"/> with <c>-m "" -On</c> and <paramref name="args"/>.</summary>
    /// <param name="tool">snmpget, snmpwalk...</param>
    /// <param name="args">The remaining arguments.</param>
    /// <returns>Standard output.</returns>
    public static async Task<string> RunAsync(string tool, params string[] args)
    {
        var path = new[] { "/usr/bin", "/usr/local/bin" }.Select(d => Path.Combine(d, tool)).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException($"'{tool}' is missing: install net-snmp's tools with `sudo apt-get install snmp` (CI installs it).");
        var startInfo = new ProcessStartInfo(path) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-m", string.Empty, "-On" }.Concat(args))
        {
            startInfo.ArgumentList.Add(argument);
        }

        var scratch = Directory.CreateTempSubdirectory("provisioner-cli-netsnmp-").FullName;
        startInfo.Environment["SNMPCONFPATH"] = scratch;
        startInfo.Environment["SNMP_PERSISTENT_DIR"] = scratch;
        startInfo.Environment["HOME"] = scratch;
        try
        {
            using var process = Process.Start(startInfo)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return process.ExitCode == 0 ? await output : throw new InvalidOperationException($"{tool} failed: {await error}");
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }
}
