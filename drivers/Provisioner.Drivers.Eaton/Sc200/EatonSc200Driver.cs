using Provisioner.Abstractions;
using Provisioner.Drivers.Eaton.Snmp;
using Provisioner.Snmp.Client;

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
        var target = await SnmpTargetFactory.CreateAsync(request, Sc200Descriptor.Value.DefaultPort ?? 161, cancellationToken).ConfigureAwait(false);
        return new Sc200Session(new SnmpChannel(client, target, request.DeviceName), request.DeviceName, request.Mode);
    }
}
