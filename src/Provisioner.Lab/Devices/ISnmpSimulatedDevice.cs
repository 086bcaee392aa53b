using Provisioner.Lab.Mib;

namespace Provisioner.Lab.Devices;

/// <summary>A simulated device that speaks SNMP: its objects live in a <see cref="LabMib"/> an agent serves.</summary>
public interface ISnmpSimulatedDevice : ISimulatedDevice
{
    /// <summary>The device's objects, values, write log and faults.</summary>
    LabMib Mib { get; }
}
