using Provisioner.Core;

namespace Provisioner.Core.Tests.Trust;

public sealed class KnownCertificatesFileTests
{
    private static readonly string Pin = string.Join(':', Enumerable.Repeat("AB", 32));

    [Fact]
    public void FingerprintsFor_PortOmittedFor443_AndGivenOtherwise()
    {
        var file = KnownCertificatesFile.Parse("known_certs", [
            "# device certificates",
            "127.0.0.5 " + Pin.Replace(":", string.Empty, StringComparison.Ordinal).ToLowerInvariant() + " CN=bmc-lab-01",
            "127.0.0.6:8443 sha256:" + Pin,
            "[::1]:8443 " + Pin,
        ]);

        Assert.Equal([Pin], file.FingerprintsFor("127.0.0.5", 443));
        Assert.Empty(file.FingerprintsFor("127.0.0.5", 8443));
        Assert.Equal([Pin], file.FingerprintsFor("127.0.0.6", 8443));
        Assert.Equal([Pin], file.FingerprintsFor("::1", 8443));
        Assert.Empty(file.Problems);
    }

    [Fact]
    public void Parse_NotASha256_ReportedWithLine() =>
        Assert.Equal(
            ["inv/known_certs:2: expected 'host[:port] sha256-fingerprint' with 64 hex digits; the line is ignored"],
            KnownCertificatesFile.Parse("inv/known_certs", ["", "127.0.0.5 A9:99:3E"]).Problems);

    [Fact]
    public void Append_ThenLoad_RoundTrips()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("prov-known-certs-").FullName, "known_certs");
        KnownCertificatesFile.Load(path).Append("127.0.0.5", 8443, Pin, "CN=bmc");

        Assert.Equal([Pin], KnownCertificatesFile.Load(path).FingerprintsFor("127.0.0.5", 8443));
        Assert.Throws<ArgumentException>(() => KnownCertificatesFile.Load(path).Append("127.0.0.5", 443, "nope", null));
    }
}
