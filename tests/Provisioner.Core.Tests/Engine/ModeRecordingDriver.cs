using Provisioner.Abstractions;

namespace Provisioner.Core.Tests.Engine;

/// <summary>Wraps a driver and records the session mode of every open.</summary>
internal sealed class ModeRecordingDriver(IDeviceDriver inner, List<SessionMode> modes) : IDeviceDriver
{
    public DriverDescriptor Descriptor => inner.Descriptor;

    public ValueTask<IDriverSession> OpenAsync(OpenRequest request, CancellationToken cancellationToken)
    {
        modes.Add(request.Mode);
        return inner.OpenAsync(request, cancellationToken);
    }
}
