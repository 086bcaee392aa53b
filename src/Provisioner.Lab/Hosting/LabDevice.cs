using Provisioner.Lab.Devices;
using Provisioner.Lab.Network;
using Provisioner.Snmp.Agent;

namespace Provisioner.Lab.Hosting;

/// <summary>One running simulated device: its model served by an SNMP agent on a loopback endpoint.</summary>
public sealed class LabDevice : IAsyncDisposable
{
    private readonly SnmpAgent agent;

    internal LabDevice(LabDeviceSpec spec, ISimulatedDevice model, SnmpAgent agent)
    {
        Spec = spec;
        Model = model;
        this.agent = agent;
        Endpoint = new LabEndpoint(agent.LocalEndpoint.Address, agent.LocalEndpoint.Port);
        Faults.Changed += (_, _) => ApplyFaults();
        ApplyFaults();
    }

    /// <summary>What this device simulates.</summary>
    public LabDeviceSpec Spec { get; }

    /// <summary>The inventory device name.</summary>
    public string Name => Spec.Name;

    /// <summary>Where the device listens.</summary>
    public LabEndpoint Endpoint { get; }

    /// <summary>The simulated device (objects, values, write log).</summary>
    public ISimulatedDevice Model { get; }

    /// <summary>The device's faults; changes take effect at once.</summary>
    public Devices.DeviceFaults Faults => Model.Mib.Faults;

    /// <summary>Stops the agent.</summary>
    /// <returns>A task that completes when the socket is closed.</returns>
    public ValueTask DisposeAsync() => agent.DisposeAsync();

    private void ApplyFaults()
    {
        agent.ResponseDelay = Faults.Latency;
        agent.DropRate = Faults.PacketLoss;
        agent.Silent = Faults.Silent;
        agent.ResponseFault = Faults.RewriteAnswers;
    }
}
