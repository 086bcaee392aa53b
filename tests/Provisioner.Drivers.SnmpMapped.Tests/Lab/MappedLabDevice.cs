using Provisioner.Abstractions;
using Provisioner.Drivers.SnmpMapped.Model;
using Provisioner.Drivers.SnmpCommon;
using Provisioner.Lab.Devices;
using Provisioner.Lab.Devices.Eaton;
using Provisioner.Snmp.Agent;
using Provisioner.Snmp.Security;
using Provisioner.Snmp.Types;
using Provisioner.Testing.Conformance;

namespace Provisioner.Drivers.SnmpMapped.Tests.Lab;

/// <summary>
/// The Eaton SC200 lab model on a loopback SNMP agent, seen through a mapping file: writes are mapped
/// back to canonical keys with the mapping's OIDs, so the suite's write log speaks canonical settings.
/// </summary>
internal sealed class MappedLabDevice : Provisioner.Testing.Conformance.ISimulatedDevice, IAsyncDisposable
{
    private readonly MappingDefinition mapping;
    private readonly LabMibStore store;

    private MappedLabDevice(MappingDefinition mapping, LabMibStore store, SnmpAgent agent)
    {
        this.mapping = mapping;
        this.store = store;
        Agent = agent;
    }

    public SnmpAgent Agent { get; }

    public Sc200LabModel Model { get; private set; } = null!;

    public IReadOnlyList<SimulatedWrite> WriteLog =>
        [.. Model.Mib.WriteLog.Select(e => new SimulatedWrite(KeyOf(e.Oid), $"{e.Name} = {e.Value}{(e.Stored ? string.Empty : " (lost)")}"))];

    public static MappedLabDevice Start(MappingDefinition mapping, string community, UsmUser user)
    {
        var model = NewModel();
        var store = new LabMibStore(model.Mib);
        var agent = SnmpAgent.Start(new SnmpAgentOptions { ReadWriteCommunities = [community], Users = [user] }, store);
        return new MappedLabDevice(mapping, store, agent) { Model = model };
    }

    public void Reset()
    {
        Model = NewModel();
        store.Mib = Model.Mib;
        Agent.Silent = false;
    }

    public void ClearWriteLog() => Model.Mib.ClearWriteLog();

    /// <summary>Pokes <paramref name="value"/> into the model as the mapped driver would encode it (the SNMP kit's settings of the mapping).</summary>
    public Task SetOutOfBandAsync(SettingKey key, SettingValue value, CancellationToken cancellationToken)
    {
        var change = new SettingChange(key, value);
        var encoding = new MappedSnmpDriver(mapping).Find(key)?.Encode(change, new SnmpWriteContext([change], null))
            ?? throw new ArgumentException($"The mapping does not write {key.Name}.", nameof(key));
        if (encoding.IsRefused)
        {
            throw new ArgumentException(encoding.Refusals[0].Detail, nameof(value));
        }

        foreach (var binding in encoding.Bindings)
        {
            Model.Mib.Poke(binding.Oid.ToString(), binding.Value);
        }

        return Task.CompletedTask;
    }

    public void Inject(SimulatedFault fault)
    {
        switch (fault)
        {
            case SimulatedFault.RejectWrites reject:
                Model.Mib.Faults.RejectedObjects.UnionWith(ObjectsOf(reject.Key));
                break;
            case SimulatedFault.LoseWrites lose:
                Model.Mib.Faults.LostWrites.UnionWith(ObjectsOf(lose.Key));
                break;
            case SimulatedFault.Silent:
                Agent.Silent = true;
                break;
        }
    }

    public void ClearFaults()
    {
        Model.Mib.Faults.RejectedObjects.Clear();
        Model.Mib.Faults.LostWrites.Clear();
        Agent.Silent = false;
    }

    public ValueTask DisposeAsync() => Agent.DisposeAsync();

    private static Sc200LabModel NewModel() => new("DCP-LAB-01", _ => null, new DeviceFaults(), TimeProvider.System);

    private IEnumerable<string> ObjectsOf(SettingKey key) => key.Equals(SettingKey.SmtpRecipients)
        ? [.. mapping.Recipients!.Addresses.Concat(mapping.Recipients.Severity?.Objects ?? []).Select(o => o.ToString())]
        : [mapping.Scalars[key].Oid.ToString()];

    private SettingKey KeyOf(Oid oid)
    {
        foreach (var (key, scalar) in mapping.Scalars)
        {
            if (scalar.Oid == oid)
            {
                return key;
            }
        }

        return mapping.Recipients is { } r && r.Addresses.Contains(oid) ? SettingKey.SmtpRecipients : SettingKey.AlertsMinimumSeverity;
    }
}
