using System.Diagnostics;
using System.Globalization;
using Provisioner.Lab.Devices.Apc.Nmc;
using Provisioner.Lab.Hosting;

namespace Provisioner.Benchmarks.Ssh;

/// <summary>
/// The comparison for the SSH benchmark: OpenSSH's own <c>ssh</c> client doing what apply does per APC card, one
/// process and one connection per device as a shell loop would: read (<c>smtp</c>, <c>email</c>), the writes apply sent
/// to the first card (one option per command), read back, <c>exit</c>; host key checked strictly, the lab's key.
/// </summary>
internal static class OpenSshNmcLoop
{
    /// <summary>The commands apply's writes amount to, rebuilt from a card's write log (one option per command).</summary>
    public static IReadOnlyList<string> WriteCommands(NmcLabState state) =>
        [.. state.Writes.Where(w => w.Stored).Select(w => w.Slot is { } slot
            ? string.Create(CultureInfo.InvariantCulture, $"{w.Field}{slot} {Quote(w.Value)}")
            : $"{w.Field} {(w.Field == "smtp -w" ? "bench-smtp-password" : Quote(w.Value))}")];

    public static async Task<TimeSpan> RunAsync(LabHost lab, IReadOnlyList<LabDevice> sample, IReadOnlyList<string> writes)
    {
        var knownHosts = Path.Combine(Path.GetTempPath(), $"provisioner-bench-known-{Guid.NewGuid():N}");
        await File.WriteAllLinesAsync(knownHosts, sample.Select(d => d.Sshd!.KnownHostsLine));
        try
        {
            var watch = Stopwatch.StartNew();
            foreach (var device in sample)
            {
                var input = string.Join('\r', ["smtp", "email", .. writes, "smtp", "email", "exit"]) + "\r";
                await RunAsync(lab, device, knownHosts, input);
            }

            return watch.Elapsed;
        }
        finally
        {
            File.Delete(knownHosts);
        }
    }

    private static async Task RunAsync(LabHost lab, LabDevice device, string knownHosts, string input)
    {
        var start = new ProcessStartInfo("ssh") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[]
        {
            "-F", "/dev/null", "-T", "-i", lab.SshClientKeyPath!, "-p", device.Endpoint.Port.ToString(CultureInfo.InvariantCulture),
            "-o", "StrictHostKeyChecking=yes", "-o", $"UserKnownHostsFile={knownHosts}", "-o", "GlobalKnownHostsFile=/dev/null",
            "-o", "BatchMode=yes", "-o", "IdentitiesOnly=yes", $"{LabHost.SshUser}@{device.Endpoint.Address}",
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var ssh = Process.Start(start) ?? throw new InvalidOperationException("ssh did not start; install openssh-client.");
        var output = ssh.StandardOutput.ReadToEndAsync();
        var error = ssh.StandardError.ReadToEndAsync();
        await ssh.StandardInput.WriteAsync(input);
        ssh.StandardInput.Close();
        await ssh.WaitForExitAsync();
        if (ssh.ExitCode != 0 || !(await output).Contains("Bye.", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"ssh to {device.Name} failed ({ssh.ExitCode}): {await error}");
        }
    }

    private static string Quote(string value) => value.Contains(' ', StringComparison.Ordinal) ? $"\"{value}\"" : value;
}
