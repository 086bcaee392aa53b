using Provisioner.Core;

namespace Provisioner.Core.Tests.Trust;

public sealed class KnownCertificatesFileTests
{
    private static readonly string Pin = string.Join(':', Enumerable.Repeat("AB", 32));
    private static readonly string Other = string.Join(':', Enumerable.Repeat("CD", 32));

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
            ["inv/known_certs:2: not a known_certs line (expected 'host[:port] sha256-fingerprint' with 64 hex digits)"],
            KnownCertificatesFile.Parse("inv/known_certs", ["", "127.0.0.5 A9:99:3E"]).Problems);

    [Fact]
    public void Append_ThenLoad_RoundTrips()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("prov-known-certs-").FullName, "known_certs");
        KnownCertificatesFile.Load(path).Append("127.0.0.5", 8443, Pin, "CN=bmc");

        Assert.Equal([Pin], KnownCertificatesFile.Load(path).FingerprintsFor("127.0.0.5", 8443));
        Assert.Throws<ArgumentException>(() => KnownCertificatesFile.Load(path).Append("127.0.0.5", 443, "nope", null));
    }

    [Fact]
    public void Record_FileWithoutFinalNewline_AddsALineOfItsOwn_AndKeepsEverythingElse()
    {
        var folder = Directory.CreateTempSubdirectory("prov-known-certs-").FullName;
        var path = Path.Combine(folder, "known_certs");
        File.WriteAllText(path, "# written by hand\n127.0.0.9 " + Other + " CN=other\nnot a line");

        KnownCertificatesFile.Load(path).Record("127.0.0.5", 443, Pin, "CN=bmc 2025-01-01", replace: false);

        Assert.Equal(["# written by hand", "127.0.0.9 " + Other + " CN=other", "not a line", "127.0.0.5 " + Pin + " CN=bmc 2025-01-01"], File.ReadAllLines(path));
        Assert.Equal(["known_certs"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Record_Replace_DropsOnlyThatEndpointsLines()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("prov-known-certs-").FullName, "known_certs");
        File.WriteAllLines(path, ["127.0.0.5 " + Pin, "# 127.0.0.5 " + Pin, "127.0.0.5:8443 " + Pin, "127.0.0.50 " + Pin]);

        var file = KnownCertificatesFile.Load(path);
        file.Record("127.0.0.5", 443, Other, null, replace: true);

        Assert.Equal(["# 127.0.0.5 " + Pin, "127.0.0.5:8443 " + Pin, "127.0.0.50 " + Pin, "127.0.0.5 " + Other], File.ReadAllLines(path));
        Assert.Equal([Other], file.FingerprintsFor("127.0.0.5", 443));
        Assert.Equal([Other], KnownCertificatesFile.Load(path).FingerprintsFor("127.0.0.5", 443));
    }

    [Fact]
    public void Record_WithoutReplace_KeepsTheOldFingerprintToo()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("prov-known-certs-").FullName, "sub", "known_certs");

        var file = KnownCertificatesFile.Load(path);
        file.Record("::1", 8443, Pin, null, replace: false);
        file.Record("::1", 8443, Other, "CN=new\nsecond line", replace: false);

        Assert.Equal([Pin, Other], KnownCertificatesFile.Load(path).FingerprintsFor("::1", 8443));
        Assert.Equal("[::1]:8443 " + Other + " CN=new second line", File.ReadAllLines(path)[^1]);
    }

    [Fact]
    public void Record_KeepsTheFilesPermissions()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix file modes only.
        }

        var path = Path.Combine(Directory.CreateTempSubdirectory("prov-known-certs-").FullName, "known_certs");
        File.WriteAllText(path, string.Empty);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        KnownCertificatesFile.Load(path).Record("127.0.0.5", 443, Pin, null, replace: false);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }
}
