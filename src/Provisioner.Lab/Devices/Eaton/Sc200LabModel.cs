using System.Net;

namespace Provisioner.Lab.Devices.Eaton;

/// <summary>A simulated Eaton SC200 (<see cref="Sc200Objects"/>): relay as IpAddress, the return address as sender.</summary>
public sealed class Sc200LabModel : EatonLabModel
{
    /// <summary>Creates a device at its MIB defaults.</summary>
    /// <param name="name">The device's name (becomes sysName.0), e.g. <c>DCP-DEMO-01</c>.</param>
    /// <param name="relayMap">Maps the configured relay to the loopback endpoint standing in for it; null means nothing answers (9999).</param>
    /// <param name="faults">The device's faults.</param>
    /// <param name="time">The clock.</param>
    public Sc200LabModel(string name, Func<IPEndPoint, IPEndPoint?> relayMap, DeviceFaults faults, TimeProvider time)
        : base(Sc200Objects.Create(), Sc200Objects.Email, Sc200Objects.SysDescr, name, relayMap, faults, time)
    {
    }
}
