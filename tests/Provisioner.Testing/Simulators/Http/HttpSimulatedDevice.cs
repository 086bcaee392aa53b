using Provisioner.Abstractions;
using Provisioner.Lab.Hosting;
using Provisioner.Lab.Http;
using Provisioner.Testing.Conformance;

namespace Provisioner.Testing.Simulators.Http;

/// <summary>
/// Drives a lab HTTPS device for the conformance suite: the model's property names (as its write log and the
/// reject/lose faults name them) mapped to canonical settings, and the model-specific out-of-band change.
/// </summary>
/// <param name="device">The lab device.</param>
/// <param name="properties">The model's property names and the canonical setting each holds; a name ending in <c>*</c> matches every property with that prefix.</param>
/// <param name="setOutOfBand">Changes a setting on the model behind the driver's back.</param>
public sealed class HttpSimulatedDevice(LabDevice device, IReadOnlyDictionary<string, SettingKey> properties, Action<SettingKey, SettingValue> setOutOfBand) : ISimulatedDevice
{
    private LabHttpWriteLog Log => ((Lab.Devices.IHttpSimulatedDevice)device.Model).WriteLog;

    /// <inheritdoc/>
    public IReadOnlyList<SimulatedWrite> WriteLog =>
        [.. Log.Entries.Select(w => KeyOf(w.Name) is { } key ? new SimulatedWrite(key, $"{w.Name} = {w.Value}{(w.Stored ? string.Empty : " (not stored)")}") : null).OfType<SimulatedWrite>()];

    /// <inheritdoc/>
    public void ClearWriteLog() => Log.Clear();

    /// <inheritdoc/>
    public Task SetOutOfBandAsync(SettingKey key, SettingValue value, CancellationToken cancellationToken)
    {
        setOutOfBand(key, value);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public void Inject(SimulatedFault fault)
    {
        switch (fault)
        {
            case SimulatedFault.RejectWrites r:
                Names(r.Key).ToList().ForEach(n => device.Faults.RejectedObjects.Add(n));
                break;
            case SimulatedFault.LoseWrites l:
                Names(l.Key).ToList().ForEach(n => device.Faults.LostWrites.Add(n));
                break;
            case SimulatedFault.Silent:
                device.Faults.Silent = true;
                break;
        }
    }

    /// <inheritdoc/>
    public void ClearFaults() => device.Faults.Clear();

    private SettingKey? KeyOf(string name) =>
        properties.FirstOrDefault(p => p.Key.EndsWith('*') ? name.StartsWith(p.Key[..^1], StringComparison.Ordinal) : name == p.Key).Value;

    private IEnumerable<string> Names(SettingKey key) =>
        properties.Where(p => p.Value.Equals(key) && !p.Key.EndsWith('*')).Select(p => p.Key);
}
