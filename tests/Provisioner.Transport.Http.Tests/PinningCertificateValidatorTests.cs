using System.Diagnostics;
using System.Net.Http;
using Microsoft.AspNetCore.Http;
using Provisioner.Abstractions;

namespace Provisioner.Transport.Http.Tests;

public sealed class PinningCertificateValidatorTests
{
    private static readonly RequestDelegate Ok = context => context.Response.WriteAsync("{}");

    [Fact]
    public async Task Pinned_self_signed_certificate_is_accepted()
    {
        await using var server = await TestHttpsServer.StartAsync(Ok);
        using var client = DeviceHttpClientFactory.Create(server.OpenRequest());

        var answer = await client.SendAsync(HttpMethod.Get, "/redfish/v1");

        Assert.Equal(200, answer.StatusCode);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task Pin_mismatch_throws_untrusted_with_both_fingerprints_and_sends_nothing()
    {
        await using var server = await TestHttpsServer.StartAsync(Ok);
        using var other = TestHttpsServer.CreateCertificate("CN=another");
        var pin = PeerFingerprint.OfCertificate(other.RawData);
        using var client = DeviceHttpClientFactory.Create(server.OpenRequest(new PeerTrust { CertificateFingerprints = [pin] }));

        var ex = await Assert.ThrowsAsync<DeviceUntrustedException>(() => client.SendAsync(HttpMethod.Post, "/redfish/v1/SessionService/Sessions", "{}"));

        Assert.Equal(pin, ex.Expected);
        Assert.Equal(server.Fingerprint, ex.Presented);
        Assert.Contains(pin, ex.Message, StringComparison.Ordinal);
        Assert.Contains(server.Fingerprint, ex.Message, StringComparison.Ordinal);
        Assert.Equal("POST /redfish/v1/SessionService/Sessions", ex.Operation);
        Assert.Equal(0, server.Requests);
        Assert.Equal(1, server.Connections);
    }

    [Fact]
    public async Task Without_pins_the_system_trust_store_refuses_a_self_signed_certificate()
    {
        await using var server = await TestHttpsServer.StartAsync(Ok);
        using var client = DeviceHttpClientFactory.Create(server.OpenRequest(PeerTrust.None));

        var ex = await Assert.ThrowsAsync<DeviceUntrustedException>(() => client.SendAsync(HttpMethod.Get, "/redfish/v1"));

        Assert.Null(ex.Expected);
        Assert.Equal(server.Fingerprint, ex.Presented);
        Assert.Contains("provisioner trust", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, server.Requests);
    }

    [Fact]
    public async Task Pin_is_matched_case_and_colon_insensitively_after_parsing()
    {
        await using var server = await TestHttpsServer.StartAsync(Ok);
        Assert.True(PeerFingerprint.TryParseCertificatePin("sha256:" + server.Fingerprint.Replace(":", string.Empty, StringComparison.Ordinal).ToLowerInvariant(), out var pin));
        using var client = DeviceHttpClientFactory.Create(server.OpenRequest(new PeerTrust { CertificateFingerprints = [pin!] }));

        var answer = await client.SendAsync(HttpMethod.Get, "/");

        Assert.Equal(200, answer.StatusCode);
    }

    [Fact]
    public async Task Fingerprint_equals_what_openssl_prints_for_the_same_certificate()
    {
        using var certificate = TestHttpsServer.CreateCertificate();
        var file = Path.Combine(Path.GetTempPath(), $"provisioner-http-{Guid.NewGuid():N}.pem");
        await File.WriteAllTextAsync(file, certificate.ExportCertificatePem());
        try
        {
            using var openssl = Process.Start(new ProcessStartInfo("openssl", ["x509", "-noout", "-fingerprint", "-sha256", "-in", file]) { RedirectStandardOutput = true })!;
            var output = await openssl.StandardOutput.ReadToEndAsync();
            await openssl.WaitForExitAsync();

            Assert.Equal(0, openssl.ExitCode);
            var printed = output.Trim()[(output.IndexOf('=', StringComparison.Ordinal) + 1)..];
            Assert.Equal(printed, PeerFingerprint.OfCertificate(certificate.RawData));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
