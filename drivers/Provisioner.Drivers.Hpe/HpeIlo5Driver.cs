using Provisioner.Abstractions;
using Provisioner.Transport.Http;

namespace Provisioner.Drivers.Hpe;

/// <summary>
/// The <c>hpe.ilo5</c> driver: HPE iLO 5 and iLO 6 AlertMail over Redfish with a login session. An apply is
/// login, 2 GETs to identify, 1 GET to read (the snapshot and the write reuse it), 1 PATCH, 1 GET to read back,
/// logout.
/// </summary>
/// <param name="options">The HTTPS options from the composition root (port default, retries).</param>
public sealed class HpeIlo5Driver(DeviceHttpClientOptions options) : IDeviceDriver
{
    /// <inheritdoc/>
    public DriverDescriptor Descriptor => Ilo5Descriptor.Value;

    /// <inheritdoc/>
    public async ValueTask<IDriverSession> OpenAsync(OpenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var connection = await IloConnection.OpenAsync(request, options, cancellationToken).ConfigureAwait(false);
        return new IloSession(connection, request.Mode, request.DeviceName);
    }
}
