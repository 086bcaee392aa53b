using System.Net;

namespace Provisioner.Lab.Devices.Eaton;

/// <summary>A simulated Eaton SC300 (<see cref="Sc300Objects"/>): relay as an address string, <c>emailFromAddress</c> as sender.</summary>
public sealed class Sc300LabModel : EatonLabModel
{
    /// <summary>Creates a device at its MIB defaults.</summary>
    /// <param name="name">The device's name (becomes sysName.0), e.g. <c>DCP-DEMO-02</c>.</param>
    /// <param name="relayMap">Maps the configured relay to the loopback endpoint standing in for it; null means nothing answers (9999).</param>
    /// <param name="faults">The device's faults.</param>
    /// <param name="time">The clock.</param>
    public Sc300LabModel(string name, Func<IPEndPoint, IPEndPoint?> relayMap, DeviceFaults faults, TimeProvider time)
        : base(Sc300Objects.Create(), Sc300Objects.Email, Sc300Objects.SysDescr, name, relayMap, faults, time)
    {
    }
}
