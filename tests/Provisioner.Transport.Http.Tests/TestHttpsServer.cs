using Microsoft.AspNetCore.Http.Features;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Provisioner.Abstractions;

namespace Provisioner.Transport.Http.Tests;

/// <summary>
/// A real Kestrel HTTPS server on 127.0.0.1 with an ephemeral port and a fresh ECDSA P-256 self-signed
/// certificate. It counts TCP connections and HTTP requests, and can drop the first connections before
/// the TLS handshake.
/// </summary>
internal sealed class TestHttpsServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private int connections;
    private int requests;

    private TestHttpsServer(WebApplication app, X509Certificate2 certificate)
    {
        this.app = app;
        Certificate = certificate;
    }

    public X509Certificate2 Certificate { get; }

    public string Fingerprint => PeerFingerprint.OfCertificate(Certificate.RawData);

    public int Port { get; private set; }

    public int Connections => Volatile.Read(ref connections);

    public int Requests => Volatile.Read(ref requests);

    public static X509Certificate2 CreateCertificate(string name = "CN=bmc-test.lab")
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(name, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        var now = DateTimeOffset.UtcNow;
        return request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(30));
    }

    public static async Task<TestHttpsServer> StartAsync(RequestDelegate handler, int dropFirstConnections = 0)
    {
        var certificate = CreateCertificate();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        TestHttpsServer? server = null;
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
        {
            listen.Use(next => async connection =>
            {
                if (Interlocked.Increment(ref server!.connections) <= dropFirstConnections)
                {
                    connection.Abort();
                    return;
                }

                await next(connection);
            });
            listen.UseHttps(certificate);
        }));
        var app = builder.Build();
        server = new TestHttpsServer(app, certificate);
        app.Run(async context =>
        {
            Interlocked.Increment(ref server.requests);
            await handler(context);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.Port = new Uri(address).Port;
        return server;
    }

    public OpenRequest OpenRequest(PeerTrust? trust = null, TimeSpan? timeout = null) => new()
    {
        DeviceName = "bmc-test",
        Address = "127.0.0.1",
        Port = Port,
        Credentials = new CredentialSet(),
        Secrets = new NoSecrets(),
        Trust = trust ?? new PeerTrust { CertificateFingerprints = [Fingerprint] },
        Timeout = timeout ?? TimeSpan.FromSeconds(10),
    };

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        Certificate.Dispose();
    }
}
