using System.Diagnostics;
using System.Globalization;
using Provisioner.Testing.Simulators.Ssh;

namespace Provisioner.Drivers.DotHill.Tests;

/// <summary>The lab array through OpenSSH's own <c>ssh</c> client, a client we did not write (issue 11 "Proof").</summary>
public sealed class OpenSshClientTests(MsaHarness harness) : IClassFixture<MsaHarness>
{
    [Fact]
    public async Task OpenSshClient_ReadsAndWritesTheArray()
    {
        await harness.ResetAsync(CancellationToken.None);
        var knownHosts = Path.Combine(harness.Lab.Directory, "known_hosts_client");
        await File.WriteAllTextAsync(knownHosts, harness.Lab.KnownHostsLine + "\n");
        var start = new ProcessStartInfo("ssh") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[]
        {
            "-T", "-i", harness.Lab.ClientKeyPath, "-p", harness.Lab.Endpoint.Port.ToString(CultureInfo.InvariantCulture),
            "-o", "StrictHostKeyChecking=yes", "-o", $"UserKnownHostsFile={knownHosts}", "-o", "BatchMode=yes", "-o", "IdentitiesOnly=yes",
            $"{SshLabDevice.User}@{harness.Lab.Endpoint.Address}",
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var ssh = Process.Start(start)!;
        var output = ssh.StandardOutput.ReadToEndAsync();
        var error = ssh.StandardError.ReadToEndAsync();

        // No terminal (-T): the array reads CR as Enter and echoes, as on plain pipes.
        await ssh.StandardInput.WriteAsync("set email-parameters server 10.6.0.26\rset email-parameters port 0\rshow email-parameters\rset cli-parameters api\rshow system\rexit\r");
        ssh.StandardInput.Close();
        Assert.True(ssh.WaitForExit(TimeSpan.FromSeconds(30)), "ssh did not finish");
        var text = await output;
        Assert.True(ssh.ExitCode == 0, await error);
        Assert.Contains("HPE MSA Storage MSA 2060 SAN", text, StringComparison.Ordinal);
        Assert.Contains("Success: Command completed successfully.", text, StringComparison.Ordinal);
        Assert.Contains("Error: The value of parameter 'port' is not valid.", text, StringComparison.Ordinal);
        Assert.Contains("email-server: 10.6.0.26", text, StringComparison.Ordinal);
        Assert.Contains("<PROPERTY name=\"product-id\" type=\"string\">MSA 2060 SAN</PROPERTY>", text, StringComparison.Ordinal);
        Assert.Equal("10.6.0.26", harness.Array.State.Email.Server);
        Assert.Equal(string.Empty, harness.Array.State.Email.Port);
    }
}
