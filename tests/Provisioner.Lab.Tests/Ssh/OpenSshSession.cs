using System.Diagnostics;
using System.Globalization;
using Provisioner.Lab.Hosting;

namespace Provisioner.Lab.Tests.Ssh;

/// <summary>Runs OpenSSH's own <c>ssh</c> client (no terminal) against a lab SSH device, checking its host key strictly against the lab's map.</summary>
internal static class OpenSshSession
{
    /// <summary>Logs in with the lab's key, types <paramref name="input"/> (CR is Enter) and returns the exit code and output.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(LabHost lab, LabDevice device, string input)
    {
        var knownHosts = Path.Combine(Path.GetTempPath(), $"provisioner-lab-known-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(knownHosts, device.Sshd!.KnownHostsLine + "\n");
        try
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

            using var ssh = Process.Start(start)!;
            var output = ssh.StandardOutput.ReadToEndAsync();
            var error = ssh.StandardError.ReadToEndAsync();
            await ssh.StandardInput.WriteAsync(input);
            ssh.StandardInput.Close();
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await ssh.WaitForExitAsync(wait.Token);
            return (ssh.ExitCode, await output, await error);
        }
        finally
        {
            File.Delete(knownHosts);
        }
    }
}
