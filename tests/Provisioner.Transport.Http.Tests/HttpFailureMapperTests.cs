using Provisioner.Abstractions;

namespace Provisioner.Transport.Http.Tests;

public sealed class HttpFailureMapperTests
{
    [Fact]
    public void A_connect_timeout_maps_to_a_device_timeout()
    {
        var validator = new PinningCertificateValidator(PeerTrust.None, "https://127.0.0.1:1");

        var mapped = HttpFailureMapper.Map(new TaskCanceledException("connect", new TimeoutException()), validator, "https://127.0.0.1:1", "GET /", 3, TimeSpan.FromSeconds(1));

        var timeout = Assert.IsType<DeviceTimeoutException>(mapped);
        Assert.Equal(3, timeout.Attempts);
        Assert.Equal("GET /", timeout.Operation);
    }

    [Fact]
    public void A_refusal_the_tls_stack_hid_is_recovered_from_the_validator()
    {
        using var certificate = TestHttpsServer.CreateCertificate();
        using var pinned = TestHttpsServer.CreateCertificate("CN=pinned");
        var validator = new PinningCertificateValidator(new PeerTrust { CertificateFingerprints = [PeerFingerprint.OfCertificate(pinned.RawData)] }, "https://127.0.0.1:1");
        Assert.Throws<DeviceUntrustedException>(() => validator.Validate(this, certificate, null, System.Net.Security.SslPolicyErrors.RemoteCertificateChainErrors));

        var hidden = new System.Net.Http.HttpRequestException(System.Net.Http.HttpRequestError.SecureConnectionError, "The SSL connection could not be established.");
        var mapped = Assert.IsType<DeviceUntrustedException>(HttpFailureMapper.Map(hidden, validator, "https://127.0.0.1:1", "GET /", 1, TimeSpan.Zero));

        Assert.Equal(PeerFingerprint.OfCertificate(certificate.RawData), mapped.Presented);
        Assert.Equal("GET /", mapped.Operation);
    }
}
