using System.Text;
using Provisioner.Abstractions;

namespace Provisioner.Abstractions.Tests.Drivers;

public sealed class PeerFingerprintTests
{
    // SHA-256("abc"), FIPS 180-2 appendix B.1.
    private const string AbcHex = "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD";

    [Fact]
    public void OfCertificate_Bytes_IsUpperHexWithColons() =>
        Assert.Equal(string.Join(':', Enumerable.Range(0, 32).Select(i => AbcHex.Substring(i * 2, 2))), PeerFingerprint.OfCertificate(Encoding.ASCII.GetBytes("abc")));

    [Fact]
    public void OfSshHostKey_Bytes_IsOpenSshForm() =>
        Assert.Equal("SHA256:ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0", PeerFingerprint.OfSshHostKey(Encoding.ASCII.GetBytes("abc")));

    [Theory]
    [InlineData(AbcHex)]
    [InlineData("sha256:" + AbcHex)]
    [InlineData("SHA256/ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [InlineData("BA:78:16:BF:8F:01:CF:EA:41:41:40:DE:5D:AE:22:23:B0:03:61:A3:96:17:7A:9C:B4:10:FF:61:F2:00:15:AD")]
    public void TryParseCertificatePin_WrittenAPersonsWay_IsCanonical(string text)
    {
        Assert.True(PeerFingerprint.TryParseCertificatePin(text, out var pin));
        Assert.Equal(PeerFingerprint.OfCertificate(Encoding.ASCII.GetBytes("abc")), pin);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("BA7816BF")]
    [InlineData("sha1:A9993E364706816ABA3E25717850C26C9CD0D89D")]
    [InlineData("ZZ7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD")]
    public void TryParseCertificatePin_NotASha256_IsRefused(string? text) => Assert.False(PeerFingerprint.TryParseCertificatePin(text, out _));

    [Theory]
    [InlineData("SHA256:ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0", true)]
    [InlineData("SHA256:ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=", true)]
    [InlineData("MD5:16:27:ac:a5:76:28:2d:36:63:1b:56:4d:eb:df:a6:48", false)]
    [InlineData("SHA256:short", false)]
    public void TryParseSshFingerprint_Text_AcceptsOnlySha256(string text, bool valid) =>
        Assert.Equal(valid, PeerFingerprint.TryParseSshFingerprint(text, out _));

    [Fact]
    public void PeerTrust_With_UnionWithoutDuplicates()
    {
        var a = new PeerTrust { CertificateFingerprints = ["AA"], HostKeyFingerprints = ["SHA256:x"] };
        var b = new PeerTrust { CertificateFingerprints = ["aa", "BB"] };

        var both = a.With(b);

        Assert.Equal(["AA", "BB"], both.CertificateFingerprints);
        Assert.True(both.AcceptsHostKey("SHA256:x"));
        Assert.False(PeerTrust.None.AcceptsCertificate("AA"));
    }
}
