using Provisioner.Abstractions;
using Provisioner.Transport.Http;

namespace Provisioner.Drivers.Dell.Idrac9;

/// <summary>
/// The <c>dell.idrac9</c> driver: Dell iDRAC 9 over Redfish with a login session (<c>X-Auth-Token</c>), the
/// <c>DellAttributes</c> of <c>iDRAC.Embedded.1</c> for settings and <c>SendTestEmailAlert</c> for the test mail.
/// An apply is: login, identify (2 GETs), read (1 GET), registry (2 GETs), snapshot (1 GET), write (1 GET + 1 PATCH),
/// read-back (1 GET), logout.
/// </summary>
/// <param name="options">The HTTPS options from the composition root.</param>
public sealed class DellIdrac9Driver(DeviceHttpClientOptions options) : IDeviceDriver
{
    /// <inheritdoc/>
    public DriverDescriptor Descriptor => IdracDescriptor.Value;

    /// <inheritdoc/>
    public async ValueTask<IDriverSession> OpenAsync(OpenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var connection = await IdracConnection.OpenAsync(request, options, cancellationToken).ConfigureAwait(false);
        return new IdracSession(connection, request.DeviceName, request.Mode);
    }
}
