using Provisioner.Abstractions;

namespace Provisioner.Transport.Ssh.Tests;

public sealed class SshLoginTests
{
    [Fact]
    public void Password_IsRegisteredForMasking_AndOfferedAsPasswordThenKeyboardInteractive()
    {
        var scrubber = new SecretScrubber();
        var credentials = new SshCredentials { User = "apc", Password = new SecretReference(SecretScheme.Environment, "P") };

        using var login = SshLogin.Create(credentials, new TestSecrets(new() { ["P"] = "Canary-Login-Pass" }), scrubber, "127.0.0.1:22");

        Assert.Equal(["password", "keyboard-interactive"], login.MethodNames);
        Assert.Equal("user apc pass [redacted]", scrubber.Scrub("user apc pass Canary-Login-Pass"));
    }

    [Fact]
    public void KeyThatIsNotAKey_IsAuthFailed_NamingTheReference()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "not a key\n");
            var credentials = new SshCredentials { User = "apc", PrivateKey = new SecretReference(SecretScheme.File, path) };

            var ex = Assert.Throws<DeviceAuthenticationException>(() => SshLogin.Create(credentials, new TestSecrets(), new SecretScrubber(), "127.0.0.1:22"));

            Assert.Contains("file:" + path, ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void MissingKeyFile_IsASecretResolutionFailure_NamingTheReference()
    {
        var credentials = new SshCredentials { User = "apc", PrivateKey = new SecretReference(SecretScheme.File, "/nonexistent/key") };

        var ex = Assert.Throws<SecretResolutionException>(() => SshLogin.Create(credentials, new TestSecrets(), new SecretScrubber(), "127.0.0.1:22"));

        Assert.Equal(credentials.PrivateKey, ex.Reference);
    }

    [Fact]
    public void NeitherPasswordNorKey_IsAuthFailed()
    {
        var ex = Assert.Throws<DeviceAuthenticationException>(() => SshLogin.Create(new SshCredentials { User = "apc" }, new TestSecrets(), new SecretScrubber(), "127.0.0.1:22"));

        Assert.Contains("neither a password nor a private key", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scrubber_MasksLongerSecretsFirst_AndLeavesShortOnesAlone()
    {
        var scrubber = new SecretScrubber();
        scrubber.Add("abc");
        scrubber.Add("secret");
        scrubber.Add("secret-long");

        Assert.Equal("abc [redacted] [redacted]", scrubber.Scrub("abc secret-long secret"));
    }
}
