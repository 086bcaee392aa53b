using Provisioner.Abstractions;
using Provisioner.Inventory.Tests.Support;

namespace Provisioner.Inventory.Tests.Loading;

/// <summary>The peer pins <c>tls_certificate_sha256</c> and <c>ssh_host_key_sha256</c> on credential sets and devices.</summary>
public sealed class PeerPinKeysTests
{
    private const string CertificateHex = "3fa1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f";
    private const string Certificate = "3F:A1:B2:C3:D4:E5:F6:07:18:29:3A:4B:5C:6D:7E:8F:90:A1:B2:C3:D4:E5:F6:07:18:29:3A:4B:5C:6D:7E:8F";
    private const string OtherCertificate = "AA:AA:AA:AA:AA:AA:AA:AA:AA:AA:AA:AA:AA:AA:AA:AA:AA:AA:AA:AA:AA:AA:AA:AA:AA:AA:AA:AA:AA:AA:AA:AA";
    private const string HostKey = "SHA256:n5yBvmJHLUCrTLdqyaSYHD4Zvn2jHdlmrM2f6nD2Mvw";

    private const string SetLine = "    snmp: { version: 2c, community: env:FABRIKAM_COMMUNITY }\n";
    private const string UpsLine = "      - { name: UPS-01, kind: ups, category: power, driver: tripplite.poweralert, address: 10.20.1.11 }\n";

    [Fact]
    public void Load_SetPins_ReachEveryDeviceOfTheSet_Canonical()
    {
        var result = Examples.LoadText(Examples.MinimalWith(SetLine, SetLine + $"    tls_certificate_sha256: {CertificateHex}\n    ssh_host_key_sha256: {HostKey}\n"));

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.All(result.Inventory!.Devices, device =>
        {
            Assert.Equal([Certificate], device.Pins.CertificateFingerprints);
            Assert.Equal([HostKey], device.Pins.HostKeyFingerprints);
        });
    }

    [Fact]
    public void Load_DevicePin_ReplacesTheSetsPinOfItsKindOnly()
    {
        var text = Examples.MinimalWith(SetLine, SetLine + $"    tls_certificate_sha256: {CertificateHex}\n    ssh_host_key_sha256: {HostKey}\n")
            .Replace(UpsLine, $"      - {{ name: UPS-01, kind: ups, category: power, driver: tripplite.poweralert, address: 10.20.1.11, tls_certificate_sha256: 'sha256:{OtherCertificate}' }}\n", StringComparison.Ordinal);

        var model = Examples.LoadText(text).Inventory!;

        var ups = model.Devices.Single(d => d.Name == "UPS-01");
        Assert.Equal([OtherCertificate], ups.Pins.CertificateFingerprints);
        Assert.Equal([HostKey], ups.Pins.HostKeyFingerprints);
        Assert.Equal([Certificate], model.Devices.Single(d => d.Name == "APP-01").Pins.CertificateFingerprints);
    }

    [Fact]
    public void Load_NoPins_LeavesThemEmpty()
    {
        var model = Examples.LoadText(Examples.MinimalText).Inventory!;

        Assert.All(model.Devices, d => Assert.True(d.Pins.CertificateFingerprints.Count == 0 && d.Pins.HostKeyFingerprints.Count == 0));
    }

    [Theory]
    [InlineData("    tls_certificate_sha256: A9:99:3E\n", "tls_certificate_sha256", 27, 29)]
    [InlineData("    ssh_host_key_sha256: MD5:12:34\n", "ssh_host_key_sha256", 27, 26)]
    public void Load_MalformedSetPin_IsAnErrorAtItsPosition(string line, string key, int expectedLine, int expectedColumn)
    {
        var result = Examples.LoadText(Examples.MinimalWith(SetLine, SetLine + line));

        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("inventory.invalidValue", error.Code);
        Assert.Contains($"'{key}' in credentials 'snmp-main'", error.Summary, StringComparison.Ordinal);
        Assert.Equal(("test.yaml", expectedLine, expectedColumn), (error.Source!.File, error.Source.Line, error.Source.Column));
    }

    [Fact]
    public void Load_MalformedDevicePin_IsAnErrorNamingTheDevice()
    {
        var text = Examples.MinimalWith(UpsLine, "      - { name: UPS-01, kind: ups, category: power, driver: tripplite.poweralert, address: 10.20.1.11, ssh_host_key_sha256: 'SHA256:tooShort' }\n");

        var error = Assert.Single(Examples.LoadText(text).Diagnostics, d => d.Severity == DiagnosticSeverity.Error);

        Assert.Contains("'ssh_host_key_sha256' in device 'UPS-01' is not an SSH host-key fingerprint", error.Summary, StringComparison.Ordinal);
        Assert.Contains("ssh-keygen -l", error.Detail, StringComparison.Ordinal);
        Assert.Equal(33, error.Source!.Line);
    }

    [Fact]
    public void Load_MisspelledPinKey_SuggestsTheRightOne()
    {
        var result = Examples.LoadText(Examples.MinimalWith(SetLine, SetLine + $"    tls_certificate_sha: {CertificateHex}\n"));

        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains("Did you mean 'tls_certificate_sha256'?", error.Detail, StringComparison.Ordinal);
    }
}
