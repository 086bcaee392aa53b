using Provisioner.Abstractions;
using Provisioner.Transport.Http;

namespace Provisioner.Drivers.Redfish;

/// <summary>
/// The generic <c>redfish</c> driver: any DMTF Redfish service's <c>EventService.SMTP</c> and SMTP event
/// subscriptions, over HTTPS with a Redfish login session (<c>X-Auth-Token</c>) deleted at the end of the
/// device's work. The certificate is checked in every handshake (pin or system store) by the transport.
/// </summary>
/// <param name="options">The HTTPS options of the composition root (port default, retries).</param>
public sealed class RedfishDriver(DeviceHttpClientOptions options) : IDeviceDriver
{
    /// <inheritdoc/>
    public DriverDescriptor Descriptor => RedfishDescriptor.Value;

    /// <inheritdoc/>
    public async ValueTask<IDriverSession> OpenAsync(OpenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var http = request.Credentials.Http;
        if (http?.User is not { Length: > 0 } user || http.Password is not { } reference)
        {
            throw new DeviceAuthenticationException($"{request.DeviceName} has no HTTP user and password in credential set '{request.Credentials.Name}'; a Redfish session needs both.") { Endpoint = request.Endpoint, Operation = "login" };
        }

        var password = request.Secrets.Resolve(reference);
        var client = DeviceHttpClientFactory.Create(request, options with { DefaultPort = Descriptor.DefaultPort ?? options.DefaultPort });
        var connection = await RedfishConnection.OpenAsync(client, user, password, cancellationToken).ConfigureAwait(false);
        return new RedfishDriverSession(connection, request.DeviceName, request.Mode);
    }
}
