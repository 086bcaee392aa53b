using Provisioner.Abstractions;
using Provisioner.Snmp.Client;
using Provisioner.Transport.Snmp;

namespace Provisioner.Drivers.Eaton.Sc200;

/// <summary>
/// The <c>eaton.sc200</c> driver: Eaton SC200 DC-power controllers over SNMP v2c or v3. All sessions
/// share one <see cref="SnmpClient"/> (one UDP socket serves any number of devices).
/// </summary>
/// <param name="client">The SNMP client to use; the caller owns and disposes it.</param>
public sealed class EatonSc200Driver(SnmpClient client) : IDeviceDriver
{
    /// <inheritdoc/>
    public DriverDescriptor Descriptor => Sc200Descriptor.Value;

    /// <inheritdoc/>
    public async ValueTask<IDriverSession> OpenAsync(OpenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var target = await SnmpTargetBuilder.BuildAsync(
            request with { Port = request.Port ?? Sc200Descriptor.Value.DefaultPort },
            SnmpResendPolicy.ThreeWithinTimeout,
            cancellationToken).ConfigureAwait(false);
        return new Sc200Session(new SnmpChannel(target, request.DeviceName, client), request.DeviceName, request.Mode);
    }
}
