using Provisioner.Abstractions;
using Provisioner.Transport.Http;

namespace Provisioner.Drivers.Pure;

/// <summary>
/// The <c>pure.flasharray</c> driver: FlashArray REST 2.x with an API-token login. A plan is api_version, login, 2 GETs
/// to identify, 2 GETs to read, logout; an apply adds one PATCH of <c>smtp-servers</c> and one call per watcher changed.
/// </summary>
/// <param name="options">The HTTPS options from the composition root.</param>
public sealed class PureFlashArrayDriver(DeviceHttpClientOptions options) : IDeviceDriver
{
    /// <inheritdoc/>
    public DriverDescriptor Descriptor => PureDescriptor.Value;

    /// <inheritdoc/>
    public async ValueTask<IDriverSession> OpenAsync(OpenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var connection = await PureConnection.OpenAsync(request, options, cancellationToken).ConfigureAwait(false);
        return new PureSession(connection, request.DeviceName, request.Mode);
    }
}
