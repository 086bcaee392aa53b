using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Provisioner.Abstractions;

namespace Provisioner.Cli.Tests.Trust;

/// <summary>
/// A real Kestrel HTTPS endpoint on 127.0.0.1 (ephemeral port) with a fresh self-signed ECDSA P-256
/// certificate, standing in for a BMC; it counts HTTP requests so tests can prove 'trust' sends none.
/// </summary>
internal sealed class TrustHttpsServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private int requests;

    private TrustHttpsServer(WebApplication app, X509Certificate2 certificate)
    {
        this.app = app;
        Certificate = certificate;
    }

    public X509Certificate2 Certificate { get; }

    public string Fingerprint => PeerFingerprint.OfCertificate(Certificate.RawData);

    public int Port { get; private set; }

    public int Requests => Volatile.Read(ref requests);

    public static async Task<TrustHttpsServer> StartAsync(string subject = "CN=bmc-trust.lab")
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        var now = DateTimeOffset.UtcNow;
        var certificate = request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(30));
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        var app = builder.Build();
        var server = new TrustHttpsServer(app, certificate);
        app.Run(context =>
        {
            Interlocked.Increment(ref server.requests);
            return Task.CompletedTask;
        });
        await app.StartAsync();
        server.Port = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single()).Port;
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        Certificate.Dispose();
    }
}
