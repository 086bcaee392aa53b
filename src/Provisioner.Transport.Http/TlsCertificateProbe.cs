using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using Provisioner.Abstractions;

namespace Provisioner.Transport.Http;

/// <summary>
/// Connects to a device's HTTPS port, completes the TLS handshake and reports the certificate presented,
/// for a person to check and record (<c>provisioner trust</c>). It trusts nothing by itself and sends no
/// HTTP request: the connection is closed right after the handshake.
/// </summary>
public static class TlsCertificateProbe
{
    /// <summary>Probes one endpoint.</summary>
    /// <param name="host">The address or host name, also sent as the TLS server name.</param>
    /// <param name="port">The TCP port.</param>
    /// <param name="timeout">How long connect and handshake may take together.</param>
    /// <param name="cancellationToken">Cancels the probe.</param>
    /// <returns>The presented certificate.</returns>
    /// <exception cref="DeviceUnreachableException">No connection, or the handshake failed.</exception>
    /// <exception cref="DeviceTimeoutException">Connect and handshake took longer than <paramref name="timeout"/>.</exception>
    public static async Task<PresentedCertificate> ProbeAsync(string host, int port, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(host);
        var endpoint = host.Contains(':', StringComparison.Ordinal) ? $"[{host}]:{port}" : $"{host}:{port}";
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        PresentedCertificate? presented = null;
        try
        {
            using var tcp = new TcpClient();
            await tcp.ConnectAsync(host, port, deadline.Token).ConfigureAwait(false);
            var stream = new SslStream(tcp.GetStream(), leaveInnerStreamOpen: false);
            await using (stream.ConfigureAwait(false))
            {
                var options = new SslClientAuthenticationOptions
                {
                    TargetHost = host,
                    RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
                    {
                        presented = certificate is null ? null : Describe(certificate, errors == SslPolicyErrors.None);
                        return presented is not null;
                    },
                };
                await stream.AuthenticateAsClientAsync(options, deadline.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new DeviceTimeoutException($"TLS probe of {endpoint} got no handshake within {timeout.TotalSeconds:0.###} s. Check that the device is up and the port serves HTTPS.") { Endpoint = endpoint, Operation = "TLS handshake", Waited = timeout, Attempts = 1 };
        }
        catch (SocketException ex)
        {
            throw new DeviceUnreachableException($"TLS probe of {endpoint}: the connection failed ({ex.SocketErrorCode}). Check the address and port and that the device's HTTPS service is enabled.", ex) { Endpoint = endpoint, Operation = "TLS handshake" };
        }
        catch (Exception ex) when (ex is IOException or System.Security.Authentication.AuthenticationException)
        {
            throw new DeviceUnreachableException($"TLS probe of {endpoint}: the TLS handshake failed{(presented is null ? " before a certificate was presented" : string.Empty)}. Check that the port serves HTTPS.", ex) { Endpoint = endpoint, Operation = "TLS handshake" };
        }

        return presented ?? throw new DeviceUnreachableException($"TLS probe of {endpoint}: the device presented no certificate.") { Endpoint = endpoint, Operation = "TLS handshake" };
    }

    private static PresentedCertificate Describe(X509Certificate certificate, bool trustedBySystem)
    {
        using var full = new X509Certificate2(certificate);
        return new PresentedCertificate(
            full.Subject,
            full.Issuer,
            new DateTimeOffset(full.NotBefore.ToUniversalTime(), TimeSpan.Zero),
            new DateTimeOffset(full.NotAfter.ToUniversalTime(), TimeSpan.Zero),
            PeerFingerprint.OfCertificate(full.RawData),
            trustedBySystem);
    }
}
