using Provisioner.Abstractions;

namespace Provisioner.Transport.Ssh.Tests;

/// <summary>
/// Logins against the real sshd. Successful logins use public keys: the OS user's password is not known to
/// the tests, so password and keyboard-interactive are covered by what the server offers and by a wrong
/// password being refused.
/// </summary>
public sealed class AuthenticationTests(SshdFixture sshd) : IClassFixture<SshdFixture>
{
    [Fact]
    public async Task Ed25519Key_FromFileReference_LogsIn()
    {
        await using var connection = await new SshConnector().ConnectAsync(Requests.WithKey(sshd), CancellationToken.None);

        Assert.Equal(0, (await connection.ExecuteAsync("about", null, CancellationToken.None)).ExitStatus);
        Assert.Contains($"Accepted publickey for {sshd.User}", sshd.Log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RsaKey_FromEnvironmentText_WithPassphraseFromFile_LogsIn()
    {
        var passphraseFile = Path.Combine(sshd.Directory, "passphrase.txt");
        await File.WriteAllTextAsync(passphraseFile, SshdFixture.RsaPassphrase + "\n");
        var credentials = new SshCredentials
        {
            User = sshd.User,
            PrivateKey = new SecretReference(SecretScheme.Environment, "SSH_KEY"),
            PrivateKeyPassphrase = new SecretReference(SecretScheme.File, passphraseFile),
        };
        var secrets = new TestSecrets(new() { ["SSH_KEY"] = await File.ReadAllTextAsync(sshd.ClientRsaKeyPath) });

        await using var connection = await new SshConnector().ConnectAsync(Requests.Make(sshd, credentials, secrets, null), CancellationToken.None);

        Assert.Equal("E000: Success\n", (await connection.ExecuteAsync("set -p x", null, CancellationToken.None)).Output);
    }

    [Fact]
    public async Task RsaKey_WithWrongPassphrase_IsAuthFailed_WithoutThePassphrase()
    {
        var credentials = new SshCredentials
        {
            User = sshd.User,
            PrivateKey = new SecretReference(SecretScheme.File, sshd.ClientRsaKeyPath),
            PrivateKeyPassphrase = new SecretReference(SecretScheme.Environment, "PASS"),
        };
        var secrets = new TestSecrets(new() { ["PASS"] = "Canary-Wrong-Passphrase" });

        var ex = await Assert.ThrowsAsync<DeviceAuthenticationException>(() => new SshConnector().ConnectAsync(Requests.Make(sshd, credentials, secrets, null), CancellationToken.None));

        Assert.Contains("file:" + sshd.ClientRsaKeyPath, ex.Message, StringComparison.Ordinal);
        Assert.Contains("passphrase", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Canary-Wrong-Passphrase", ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnauthorizedKey_IsAuthFailed_NamingUserAndMethod()
    {
        var credentials = new SshCredentials { User = sshd.User, PrivateKey = new SecretReference(SecretScheme.File, sshd.StrangerKeyPath) };

        var ex = await Assert.ThrowsAsync<DeviceAuthenticationException>(() => new SshConnector().ConnectAsync(Requests.Make(sshd, credentials, new TestSecrets(), null), CancellationToken.None));

        Assert.Contains($"user '{sshd.User}'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("publickey", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongPassword_IsAuthFailed_TryingPasswordAndKeyboardInteractive_WithoutThePassword()
    {
        var ex = await Assert.ThrowsAsync<DeviceAuthenticationException>(() => new SshConnector().ConnectAsync(Requests.WithPassword(sshd, "Canary-Password-41"), CancellationToken.None));

        Assert.Contains($"user '{sshd.User}'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("password, keyboard-interactive", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Canary-Password-41", ex.ToString(), StringComparison.Ordinal);
        Assert.Contains($"Failed password for {sshd.User}", sshd.Log, StringComparison.Ordinal);
    }

    [Fact]
    public void Server_OffersPasswordAndKeyboardInteractive_ToOpenSshClient()
    {
        var knownHosts = Path.Combine(sshd.Directory, "known_hosts_offer");
        File.WriteAllText(knownHosts, $"[127.0.0.1]:{sshd.Port} {File.ReadAllText(sshd.HostKeyPath + ".pub").Split(' ')[0]} {File.ReadAllText(sshd.HostKeyPath + ".pub").Split(' ')[1]}\n");

        var (_, _, error) = Tool.Run("ssh", "-v", "-p", sshd.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=yes", "-o", "UserKnownHostsFile=" + knownHosts, "-o", "PreferredAuthentications=none", $"{sshd.User}@127.0.0.1", "about");

        var offered = error.Split('\n').First(l => l.Contains("Authentications that can continue", StringComparison.Ordinal));
        Assert.Contains("publickey", offered, StringComparison.Ordinal);
        Assert.Contains("password", offered, StringComparison.Ordinal);
        Assert.Contains("keyboard-interactive", offered, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoSshCredentials_IsAuthFailed()
    {
        var request = Requests.WithKey(sshd) with { Credentials = new CredentialSet { Name = "snmp-only" } };

        var ex = await Assert.ThrowsAsync<DeviceAuthenticationException>(() => new SshConnector().ConnectAsync(request, CancellationToken.None));

        Assert.Contains("'snmp-only' has no SSH credentials", ex.Message, StringComparison.Ordinal);
    }
}
