using Provisioner.Abstractions;

namespace Provisioner.Transport.Ssh.Tests;

/// <summary>Open requests against the test sshd.</summary>
internal static class Requests
{
    public static OpenRequest WithKey(SshdFixture sshd, PeerTrust? trust = null) => Make(sshd, new SshCredentials { User = sshd.User, PrivateKey = new SecretReference(SecretScheme.File, sshd.ClientKeyPath) }, new TestSecrets(), trust);

    public static OpenRequest WithPassword(SshdFixture sshd, string password) =>
        Make(sshd, new SshCredentials { User = sshd.User, Password = new SecretReference(SecretScheme.Environment, "SSH_PASSWORD") }, new TestSecrets(new() { ["SSH_PASSWORD"] = password }), null);

    public static OpenRequest Make(SshdFixture sshd, SshCredentials credentials, ISecretResolver secrets, PeerTrust? trust) => new()
    {
        DeviceName = "ups-test",
        Address = "127.0.0.1",
        Port = sshd.Port,
        Credentials = new CredentialSet { Name = "test", Ssh = credentials },
        Secrets = secrets,
        Trust = trust ?? Trusting(sshd),
        Timeout = TimeSpan.FromSeconds(10),
    };

    public static PeerTrust Trusting(SshdFixture sshd) => new() { HostKeyFingerprints = [sshd.HostFingerprint] };
}
