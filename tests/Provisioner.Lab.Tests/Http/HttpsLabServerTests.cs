using System.Net;
using System.Net.Http;
using System.Security.Cryptography.X509Certificates;
using Provisioner.Abstractions;
using Provisioner.Lab.Http;

namespace Provisioner.Lab.Tests.Http;

public sealed class HttpsLabServerTests
{
    private static readonly IPAddress Address = IPAddress.Loopback;

    [Fact]
    public async Task Serves_TheDevice_WithItsOwnSelfSignedCertificate()
    {
        var model = new EchoHttpDevice();
        using var binding = new LabHttpsBinding("BMC-T-01", model, new IPEndPoint(Address, 0), TimeProvider.System);
        var (server, endpoints) = await HttpsLabServer.StartAsync([binding], CancellationToken.None);
        await using var _ = server;
        string? presented = null;
        using var client = Client(() => binding.Fingerprint, p => presented = p);

        var body = await client.GetStringAsync(new Uri($"https://{endpoints[0]}/redfish/v1/"));

        Assert.Contains("\"text\":\"initial\"", body, StringComparison.Ordinal);
        Assert.Equal(binding.Fingerprint, presented);
        using var key = binding.Certificate.GetECDsaPublicKey();
        Assert.Equal(256, key?.KeySize);
        Assert.Equal("CN=BMC-T-01, O=Provisioner lab", binding.Certificate.Subject);
        await client.GetStringAsync(new Uri($"https://{endpoints[0]}/redfish/v1/EventService"));
        Assert.Equal((2L, 1L), (binding.Requests, binding.Connections));
    }

    [Fact]
    public async Task ReplaceCertificate_NewConnectionsPresentTheNewOne()
    {
        var model = new EchoHttpDevice();
        using var binding = new LabHttpsBinding("PDU-T-02", model, new IPEndPoint(Address, 0), TimeProvider.System);
        var (server, endpoints) = await HttpsLabServer.StartAsync([binding], CancellationToken.None);
        await using var _ = server;
        var old = binding.Fingerprint;

        var replaced = binding.ReplaceCertificate();
        string? presented = null;
        using var client = Client(() => replaced, p => presented = p);
        await client.GetStringAsync(new Uri($"https://{endpoints[0]}/"));

        Assert.NotEqual(old, replaced);
        Assert.Equal(replaced, presented);
    }

    [Fact]
    public async Task Silent_AnswersNothing_UntilTheClientGivesUp()
    {
        var model = new EchoHttpDevice();
        model.Faults.Silent = true;
        using var binding = new LabHttpsBinding("BMC-T-03", model, new IPEndPoint(Address, 0), TimeProvider.System);
        var (server, endpoints) = await HttpsLabServer.StartAsync([binding], CancellationToken.None);
        await using var _ = server;
        using var client = Client(() => binding.Fingerprint);
        client.Timeout = TimeSpan.FromMilliseconds(300);

        await Assert.ThrowsAsync<TaskCanceledException>(() => client.GetStringAsync(new Uri($"https://{endpoints[0]}/")));
    }

    [Fact]
    public async Task ResetOnNextSet_AppliesTheWrite_DropsTheConnection_ThenRefusesWhileRebooting()
    {
        var model = new EchoHttpDevice();
        model.Faults.ResetOnNextSet = true;
        model.Faults.RebootDuration = TimeSpan.FromSeconds(30);
        using var binding = new LabHttpsBinding("BMC-T-04", model, new IPEndPoint(Address, 0), TimeProvider.System);
        var (server, endpoints) = await HttpsLabServer.StartAsync([binding], CancellationToken.None);
        await using var _ = server;
        using var client = Client(() => binding.Fingerprint);
        var uri = new Uri($"https://{endpoints[0]}/");

        await Assert.ThrowsAsync<HttpRequestException>(() => client.PutAsync(uri, new StringContent("changed")));
        Assert.Equal("changed", model.Text);
        Assert.False(model.Faults.ResetOnNextSet);
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetStringAsync(uri));
    }

    [Fact]
    public async Task NonLoopbackEndpoint_IsRefusedBeforeBinding()
    {
        using var binding = new LabHttpsBinding("BMC-T-05", new EchoHttpDevice(), new IPEndPoint(IPAddress.Parse("10.6.0.1"), 0), TimeProvider.System);
        await Assert.ThrowsAnyAsync<Exception>(() => HttpsLabServer.StartAsync([binding], CancellationToken.None));
    }

    /// <summary>A client that trusts exactly the fingerprint <paramref name="expected"/> returns at handshake time (pinning, as the drivers do).</summary>
    private static HttpClient Client(Func<string> expected, Action<string>? seen = null) => new(new SocketsHttpHandler
    {
        SslOptions = new System.Net.Security.SslClientAuthenticationOptions
        {
            RemoteCertificateValidationCallback = (_, cert, _, _) =>
            {
                var presented = PeerFingerprint.OfCertificate(cert!.GetRawCertData());
                seen?.Invoke(presented);
                return presented == expected();
            },
        },
    });
}
