using System.Text.RegularExpressions;
using Provisioner.Abstractions;

namespace Provisioner.Transport.Ssh.Tests;

/// <summary>Host keys are checked against the peer trust before anything is sent.</summary>
public sealed class HostKeyTrustTests(SshdFixture sshd) : IClassFixture<SshdFixture>
{
    [Fact]
    public async Task KnownKey_IsAccepted_AndTheConnectionWorks()
    {
        await using var connection = await new SshConnector().ConnectAsync(Requests.WithKey(sshd), CancellationToken.None);

        Assert.Equal(sshd.HostFingerprint, connection.HostKey.Fingerprint);
        Assert.Equal("ssh-ed25519", connection.HostKey.KeyType);
        Assert.StartsWith("SSH-2.0-OpenSSH", connection.ServerVersion, StringComparison.Ordinal);
        var result = await connection.ExecuteAsync("about", null, CancellationToken.None);
        Assert.Equal(0, result.ExitStatus);
    }

    [Fact]
    public async Task UnknownKey_IsUntrusted_AndNoAuthenticationIsAttempted()
    {
        var before = AuthRequests(sshd.Log);
        var closedBefore = Closed(sshd.Log);

        var ex = await Assert.ThrowsAsync<DeviceUntrustedException>(() => new SshConnector().ConnectAsync(Requests.WithKey(sshd, PeerTrust.None), CancellationToken.None));

        Assert.Null(ex.Expected);
        Assert.Equal(sshd.HostFingerprint, ex.Presented);
        Assert.Contains("unknown host key ssh-ed25519 " + sshd.HostFingerprint, ex.Message, StringComparison.Ordinal);
        Assert.Contains("provisioner trust", ex.Message, StringComparison.Ordinal);
        Assert.True(await sshd.WaitForLogAsync(l => Closed(l) > closedBefore, TimeSpan.FromSeconds(10)), "sshd did not log the end of the connection:\n" + sshd.Log);
        Assert.Equal(before, AuthRequests(sshd.Log));
    }

    [Fact]
    public async Task ChangedKey_IsUntrusted_WithBothFingerprints_AndNoAuthentication()
    {
        var before = AuthRequests(sshd.Log);
        var closedBefore = Closed(sshd.Log);
        var trust = new PeerTrust { HostKeyFingerprints = [sshd.OtherHostFingerprint] };

        var ex = await Assert.ThrowsAsync<DeviceUntrustedException>(() => new SshConnector().ConnectAsync(Requests.WithKey(sshd, trust), CancellationToken.None));

        Assert.Equal(sshd.OtherHostFingerprint, ex.Expected);
        Assert.Equal(sshd.HostFingerprint, ex.Presented);
        Assert.Contains(sshd.OtherHostFingerprint, ex.Message, StringComparison.Ordinal);
        Assert.Contains(sshd.HostFingerprint, ex.Message, StringComparison.Ordinal);
        Assert.Contains("changed", ex.Message, StringComparison.Ordinal);
        Assert.Equal($"127.0.0.1:{sshd.Port}", ex.Endpoint);
        Assert.True(await sshd.WaitForLogAsync(l => Closed(l) > closedBefore, TimeSpan.FromSeconds(10)), "sshd did not log the end of the connection:\n" + sshd.Log);
        Assert.Equal(before, AuthRequests(sshd.Log));
    }

    [Fact]
    public async Task UnknownKey_WithPassword_NeverSendsThePassword()
    {
        var before = AuthRequests(sshd.Log);
        var request = Requests.WithPassword(sshd, "Canary-Password-93") with { Trust = PeerTrust.None };

        var ex = await Assert.ThrowsAsync<DeviceUntrustedException>(() => new SshConnector().ConnectAsync(request, CancellationToken.None));

        Assert.DoesNotContain("Canary-Password-93", ex.ToString(), StringComparison.Ordinal);
        await Task.Delay(300);
        Assert.Equal(before, AuthRequests(sshd.Log));
    }

    private static int AuthRequests(string log) => Regex.Count(log, "userauth-request");

    private static int Closed(string log) => Regex.Count(log, @"(Connection closed|Connection reset|Disconnected from|disconnected by) .*127\.0\.0\.1");
}
