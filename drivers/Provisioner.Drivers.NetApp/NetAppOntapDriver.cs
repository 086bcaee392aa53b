using Provisioner.Abstractions;
using Provisioner.Transport.Http;

namespace Provisioner.Drivers.NetApp;

/// <summary>
/// The <c>netapp.ontap</c> driver: ONTAP 9.6+ EMS mail over REST with HTTP Basic on every call (no session to log in,
/// expire or log out). A plan is 4 GETs (cluster, nodes, EMS, destinations; one more when the destinations use a
/// filter of the driver's); an apply adds one PATCH of <c>/api/support/ems</c> and one call per destination changed.
/// </summary>
/// <param name="options">The HTTPS options from the composition root.</param>
public sealed class NetAppOntapDriver(DeviceHttpClientOptions options) : IDeviceDriver
{
    /// <inheritdoc/>
    public DriverDescriptor Descriptor => OntapDescriptor.Value;

    /// <inheritdoc/>
    public ValueTask<IDriverSession> OpenAsync(OpenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        if (request.Credentials.Http is not { User: { Length: > 0 } user, Password: { } reference })
        {
            throw new DeviceAuthenticationException($"Device {request.DeviceName} has no HTTP user and password in its credential set '{request.Credentials.Name}'; the ONTAP REST API needs both.") { Endpoint = request.Endpoint, Operation = "open" };
        }

        var password = request.Secrets.Resolve(reference);
        var client = new OntapClient(DeviceHttpClientFactory.Create(request, options), user, password);
        return ValueTask.FromResult<IDriverSession>(new OntapSession(client, request.DeviceName, request.Mode));
    }
}
