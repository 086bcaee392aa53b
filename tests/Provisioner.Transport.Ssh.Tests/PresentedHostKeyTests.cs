using Provisioner.Abstractions;

namespace Provisioner.Transport.Ssh.Tests;

public sealed class PresentedHostKeyTests
{
    [Theory]
    [InlineData("10.6.1.21", 22, "10.6.1.21")]
    [InlineData("127.0.0.1", 2222, "[127.0.0.1]:2222")]
    [InlineData("::1", 2222, "[::1]:2222")]
    [InlineData("[::1]", 22, "::1")]
    public void KnownHostsName_FollowsOpenSsh(string host, int port, string expected) => Assert.Equal(expected, PresentedHostKey.KnownHostsName(host, port));

    [Fact]
    public void FromBlob_ReadsTheKeyTypeAndFingerprint()
    {
        byte[] blob = [0, 0, 0, 11, .. "ssh-ed25519"u8, 0, 0, 0, 32, .. new byte[32]];

        var key = PresentedHostKey.FromBlob(blob);

        Assert.Equal("ssh-ed25519", key.KeyType);
        Assert.Equal(PeerFingerprint.OfSshHostKey(blob), key.Fingerprint);
        Assert.Equal("[127.0.0.1]:2200 ssh-ed25519 " + Convert.ToBase64String(blob), key.ToKnownHostsLine("127.0.0.1", 2200));
    }

    [Theory]
    [InlineData(new byte[] { 0, 0 })]
    [InlineData(new byte[] { 0, 0, 0, 200, 1, 2 })]
    [InlineData(new byte[] { 0, 0, 0, 0 })]
    [InlineData(new byte[] { 0, 0, 0, 2, 10, 13 })]
    public void FromBlob_RefusesWhatIsNotAKey(byte[] blob) => Assert.Throws<FormatException>(() => PresentedHostKey.FromBlob(blob));
}
