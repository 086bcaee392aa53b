using System.Net;
using System.Net.Http;
using System.Net.Security;
using Flurl.Http;
using Provisioner.Abstractions;

namespace Provisioner.Transport.Http;

/// <summary>
/// Creates the <see cref="DeviceHttpClient"/> of one device from its open request: address and port, the
/// per-request timeout and the peer trust. There is no way to switch certificate checking off.
/// </summary>
public static class DeviceHttpClientFactory
{
    /// <summary>Creates the client. The caller owns and disposes it.</summary>
    /// <param name="request">The device's open request.</param>
    /// <param name="options">Port default and retries; <see cref="DeviceHttpClientOptions.Default"/> when null.</param>
    /// <returns>The client.</returns>
    public static DeviceHttpClient Create(OpenRequest request, DeviceHttpClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        options ??= DeviceHttpClientOptions.Default;
        var port = request.Port ?? options.DefaultPort;
        var host = request.Address.Contains(':', StringComparison.Ordinal) ? $"[{request.Address}]" : request.Address;
        var baseAddress = new Uri($"https://{host}:{port.ToString(System.Globalization.CultureInfo.InvariantCulture)}/");
        var validator = new PinningCertificateValidator(request.Trust, baseAddress.GetLeftPart(UriPartial.Authority));
        var handler = new SocketsHttpHandler
        {
            ConnectTimeout = request.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
            MaxConnectionsPerServer = 4,
            AllowAutoRedirect = false,
            UseCookies = false,
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.All,
            SslOptions = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = validator.Validate },
        };
        var httpClient = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        var flurl = new FlurlClient(httpClient);
        flurl.Settings.Timeout = null;
        flurl.Settings.Redirects.Enabled = false;
        return new DeviceHttpClient(flurl, validator, baseAddress, request.Timeout, options);
    }
}
