using Provisioner.Abstractions;
using Provisioner.Transport.Http;
using Provisioner.Transport.Http.JsonRpc;

namespace Provisioner.Drivers.Raritan;

/// <summary>
/// The <c>raritan.px</c> driver: Raritan PX2/PX3/PX4 PDUs over HTTPS JSON-RPC. Authentication is HTTP Basic on every
/// call, as the SDK's agent does without a token: it needs no login or logout round trip and takes none of the
/// PX's session slots (<c>newSession</c> answers 1 at the single-login limit, <c>idl/SessionManager.idl</c>).
/// A plan is 3 calls (identify, getConfiguration, listActions); an apply adds one setConfiguration and one call per
/// recipient action changed, then the read-back.
/// </summary>
/// <param name="options">The HTTPS options from the composition root.</param>
public sealed class RaritanPxDriver(DeviceHttpClientOptions options) : IDeviceDriver
{
    /// <inheritdoc/>
    public DriverDescriptor Descriptor => PxDescriptor.Value;

    /// <inheritdoc/>
    public ValueTask<IDriverSession> OpenAsync(OpenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        if (request.Credentials.Http is not { User: { Length: > 0 } user, Password: { } reference })
        {
            throw new DeviceAuthenticationException($"Device {request.DeviceName} has no HTTP user and password in its credential set '{request.Credentials.Name}'; the PX's JSON-RPC API needs both.") { Endpoint = request.Endpoint, Operation = "open" };
        }

        var password = request.Secrets.Resolve(reference);
        var http = DeviceHttpClientFactory.Create(request, options);
        var rpc = new JsonRpcClient(http);
        rpc.UseBasic(user, password);
        return ValueTask.FromResult<IDriverSession>(new PxSession(http, rpc, request.DeviceName, request.Mode));
    }
}
