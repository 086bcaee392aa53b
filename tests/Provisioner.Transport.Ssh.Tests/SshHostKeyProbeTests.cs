using System.Globalization;
using System.Text.RegularExpressions;
using Provisioner.Abstractions;
using Provisioner.Core;

namespace Provisioner.Transport.Ssh.Tests;

/// <summary>The host-key probe behind <c>provisioner trust</c>, checked against OpenSSH's own tools.</summary>
public sealed class SshHostKeyProbeTests(SshdFixture sshd) : IClassFixture<SshdFixture>
{
    [Fact]
    public async Task Fingerprint_EqualsWhatSshKeygenPrints()
    {
        var key = await SshHostKeyProbe.ProbeAsync("127.0.0.1", sshd.Port, TimeSpan.FromSeconds(10));

        var printed = Tool.Check("ssh-keygen", "-l", "-E", "sha256", "-f", sshd.HostKeyPath + ".pub").Split(' ')[1];
        Assert.Equal(printed, key.Fingerprint);
        Assert.Equal("ssh-ed25519", key.KeyType);
        Assert.Equal(File.ReadAllText(sshd.HostKeyPath + ".pub").Split(' ')[1], key.KeyBase64);
    }

    [Fact]
    public async Task KnownHostsLine_IsFoundBySshKeygen_AndByTheRepositoryParser_AndTrustedByOpenSsh()
    {
        var key = await SshHostKeyProbe.ProbeAsync("127.0.0.1", sshd.Port, TimeSpan.FromSeconds(10));
        var path = Path.Combine(sshd.Directory, "known_hosts_probe");
        var line = key.ToKnownHostsLine("127.0.0.1", sshd.Port);
        await File.WriteAllTextAsync(path, line + "\n");

        var (code, found, _) = Tool.Run("ssh-keygen", "-F", $"[127.0.0.1]:{sshd.Port}", "-f", path);
        Assert.Equal(0, code);
        Assert.Contains(key.KeyBase64, found, StringComparison.Ordinal);
        Assert.Equal([key.Fingerprint], KnownHostsFile.Load(path).FingerprintsFor("127.0.0.1", sshd.Port));
        var (sshCode, output, error) = Tool.Run("ssh", "-i", sshd.ClientKeyPath, "-p", sshd.Port.ToString(CultureInfo.InvariantCulture), "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=yes", "-o", "UserKnownHostsFile=" + path, $"{sshd.User}@127.0.0.1", "about");
        Assert.True(sshCode == 0, error);
        Assert.Contains("ZA1234567890", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Probe_SendsNoUserName()
    {
        var closedBefore = Regex.Count(sshd.Log, "Connection (closed|reset)");

        await SshHostKeyProbe.ProbeAsync("127.0.0.1", sshd.Port, TimeSpan.FromSeconds(10));

        await sshd.WaitForLogAsync(l => Regex.Count(l, "Connection (closed|reset)") > closedBefore, TimeSpan.FromSeconds(10));
        Assert.DoesNotContain("provisioner-host-key-probe", sshd.Log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NothingListening_IsUnreachable()
    {
        await Assert.ThrowsAsync<DeviceUnreachableException>(() => SshHostKeyProbe.ProbeAsync("127.0.0.1", SshdFixture.FreePort(), TimeSpan.FromSeconds(5)));
    }
}
