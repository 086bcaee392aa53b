using Provisioner.Abstractions;
using Provisioner.Drivers.SnmpCommon;
using Provisioner.Snmp.Agent;
using Provisioner.Testing.Conformance;

namespace Provisioner.Testing.Simulators.Snmp;

/// <summary>
/// A lab model served by a real <see cref="SnmpAgent"/> on loopback, as the conformance suite drives it:
/// wire writes are mapped back to the setting whose MIB objects they touch, faults act on those objects.
/// </summary>
public sealed class SnmpSimulatedDevice : ISimulatedDevice
{
    private readonly SnmpDriver driver;
    private readonly Func<SettingKey, SettingValue, CancellationToken, Task> writeOutOfBand;

    /// <summary>Creates the device view.</summary>
    /// <param name="driver">The driver whose settings name the objects.</param>
    /// <param name="store">The faulting store the agent serves.</param>
    /// <param name="agent">The agent.</param>
    /// <param name="writeOutOfBand">Writes a canonical value through the driver's mapping with a separate session.</param>
    public SnmpSimulatedDevice(SnmpDriver driver, FaultingMibStore store, SnmpAgent agent, Func<SettingKey, SettingValue, CancellationToken, Task> writeOutOfBand)
    {
        this.driver = driver ?? throw new ArgumentNullException(nameof(driver));
        Store = store ?? throw new ArgumentNullException(nameof(store));
        Agent = agent ?? throw new ArgumentNullException(nameof(agent));
        this.writeOutOfBand = writeOutOfBand ?? throw new ArgumentNullException(nameof(writeOutOfBand));
    }

    /// <summary>The store, for vendor-specific assertions.</summary>
    public FaultingMibStore Store { get; }

    /// <summary>The agent.</summary>
    public SnmpAgent Agent { get; }

    /// <inheritdoc/>
    public IReadOnlyList<SimulatedWrite> WriteLog => [.. Store.Log.Select(b => new SimulatedWrite(KeyOf(b.Oid), $"{b.Oid} = {b.Value.Tag}")) ];

    /// <inheritdoc/>
    public void ClearWriteLog() => Store.ClearLog();

    /// <inheritdoc/>
    public Task SetOutOfBandAsync(SettingKey key, SettingValue value, CancellationToken cancellationToken) =>
        Store.UnloggedAsync(() => writeOutOfBand(key, value, cancellationToken));

    /// <inheritdoc/>
    public void Inject(SimulatedFault fault)
    {
        switch (fault)
        {
            case SimulatedFault.RejectWrites reject:
                Store.Reject(Objects(reject.Key));
                break;
            case SimulatedFault.LoseWrites lose:
                Store.Lose(Objects(lose.Key));
                break;
            case SimulatedFault.Silent:
                Agent.Silent = true;
                break;
            default:
                throw new ArgumentException($"Unknown fault {fault}.", nameof(fault));
        }
    }

    /// <inheritdoc/>
    public void ClearFaults()
    {
        Store.ClearFaults();
        Agent.Silent = false;
    }

    private IReadOnlyList<Provisioner.Snmp.Types.Oid> Objects(SettingKey key) =>
        driver.Find(key)?.Objects ?? throw new ArgumentException($"{driver.Descriptor.Id} does not declare {key}.", nameof(key));

    private SettingKey KeyOf(Provisioner.Snmp.Types.Oid oid) =>
        driver.Settings.FirstOrDefault(s => s.Objects.Any(o => oid == o || oid.StartsWith(o)))?.Key
        ?? throw new InvalidOperationException($"The driver wrote {oid}, which belongs to none of its settings.");
}
