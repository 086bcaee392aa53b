using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;
using Provisioner.Abstractions;

namespace Provisioner.Transport.Http.Tests;

public sealed class TlsCertificateProbeTests
{
    [Fact]
    public async Task Probe_reports_the_presented_certificate_without_sending_a_request()
    {
        await using var server = await TestHttpsServer.StartAsync(context => context.Response.WriteAsync("{}"));

        var presented = await TlsCertificateProbe.ProbeAsync("127.0.0.1", server.Port, TimeSpan.FromSeconds(10));

        Assert.Equal("CN=bmc-test.lab", presented.Subject);
        Assert.Equal("CN=bmc-test.lab", presented.Issuer);
        Assert.Equal(server.Certificate.NotBefore.ToUniversalTime(), presented.NotBefore.UtcDateTime);
        Assert.Equal(server.Certificate.NotAfter.ToUniversalTime(), presented.NotAfter.UtcDateTime);
        Assert.Equal(server.Fingerprint, presented.Sha256Fingerprint);
        Assert.False(presented.TrustedBySystem);
        Assert.Equal(1, server.Connections);
        Assert.Equal(0, server.Requests);
    }

    [Fact]
    public async Task Probe_of_a_closed_port_is_unreachable()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var ex = await Assert.ThrowsAsync<DeviceUnreachableException>(() => TlsCertificateProbe.ProbeAsync("127.0.0.1", port, TimeSpan.FromSeconds(10)));

        Assert.Contains($"127.0.0.1:{port}", ex.Message, StringComparison.Ordinal);
    }
}
