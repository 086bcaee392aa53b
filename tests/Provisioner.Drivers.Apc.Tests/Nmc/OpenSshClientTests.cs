using System.Diagnostics;
using Provisioner.Testing.Simulators.Ssh;

namespace Provisioner.Drivers.Apc.Tests.Nmc;

/// <summary>The lab card through OpenSSH's own <c>ssh</c> client, a client we did not write (issue 11 "Proof").</summary>
public sealed class OpenSshClientTests(NmcHarness harness) : IClassFixture<NmcHarness>
{
    [Fact]
    public async Task OpenSshClient_ReadsAndWritesTheCard()
    {
        await harness.ResetAsync(CancellationToken.None);
        var knownHosts = Path.Combine(harness.Lab.Directory, "known_hosts_client");
        await File.WriteAllTextAsync(knownHosts, harness.Lab.KnownHostsLine + "\n");
        var start = new ProcessStartInfo("ssh") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[]
        {
            "-T", "-i", harness.Lab.ClientKeyPath, "-p", harness.Lab.Endpoint.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-o", "StrictHostKeyChecking=yes", "-o", $"UserKnownHostsFile={knownHosts}", "-o", "BatchMode=yes", "-o", "IdentitiesOnly=yes",
            $"{SshLabDevice.User}@{harness.Lab.Endpoint.Address}",
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var ssh = Process.Start(start)!;
        var output = ssh.StandardOutput.ReadToEndAsync();
        var error = ssh.StandardError.ReadToEndAsync();

        // No terminal (-T): the card reads CR as Enter and echoes, as a raw-mode device does.
        await ssh.StandardInput.WriteAsync("smtp -s 10.6.0.26\rsmtp -p 0\rsmtp\remail\rexit\r");
        ssh.StandardInput.Close();
        Assert.True(ssh.WaitForExit(TimeSpan.FromSeconds(30)), "ssh did not finish");
        var text = await output;
        Assert.True(ssh.ExitCode == 0, await error);
        Assert.Contains("Network Management Card AOS", text, StringComparison.Ordinal);
        Assert.Contains("E102: Parameter Error", text, StringComparison.Ordinal);
        Assert.Contains("Server: \t10.6.0.26", text, StringComparison.Ordinal);
        Assert.Contains("Recipient: 4", text, StringComparison.Ordinal);
        Assert.Equal("10.6.0.26", harness.Card.State.Smtp.Server);
        Assert.Equal(25, harness.Card.State.Smtp.Port);
    }
}
