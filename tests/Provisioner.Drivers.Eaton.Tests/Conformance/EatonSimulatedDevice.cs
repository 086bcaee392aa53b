using System.Net;
using Provisioner.Abstractions;
using Provisioner.Lab.Hosting;
using Provisioner.Snmp.Types;
using Provisioner.Testing.Conformance;

namespace Provisioner.Drivers.Eaton.Tests.Conformance;

/// <summary>Drives a lab SC200 or SC300 for the conformance suite: maps canonical settings to the MIB objects that hold them.</summary>
internal sealed class EatonSimulatedDevice(LabDevice device, EatonObjectNames names) : ISimulatedDevice
{
    private readonly Dictionary<string, SettingKey> KeyByObject = new(StringComparer.Ordinal)
    {
        [names.Notifications] = SettingKey.SmtpEnabled,
        [names.Relay] = SettingKey.SmtpRelay,
        [names.Port] = SettingKey.SmtpPort,
        [names.From] = SettingKey.SmtpFrom,
        [names.ReceiverAddress] = SettingKey.SmtpRecipients,
        [names.ReceiverLevel] = SettingKey.SmtpRecipients,
    };

    public IReadOnlyList<SimulatedWrite> WriteLog =>
        [.. device.Mib.WriteLog
            .Where(w => KeyByObject.ContainsKey(w.Name.Split('.')[0]))
            .Select(w => new SimulatedWrite(KeyByObject[w.Name.Split('.')[0]], $"{w.Name} = {w.Value}{(w.Stored ? string.Empty : " (lost)")}"))];

    public void ClearWriteLog() => device.Mib.ClearWriteLog();

    public Task SetOutOfBandAsync(SettingKey key, SettingValue value, CancellationToken cancellationToken)
    {
        var mib = device.Mib;
        switch (value)
        {
            case BooleanValue b when key.Equals(SettingKey.SmtpEnabled):
                mib.Poke(names.Notifications + ".0", new Integer32(b.Value ? 1 : 0));
                break;
            case TextValue t when key.Equals(SettingKey.SmtpRelay):
                mib.Poke(names.Relay + ".0", names.RelayIsText ? OctetString.FromString(t.Value) : new IpAddress(IPAddress.Parse(t.Value)));
                break;
            case IntegerValue i when key.Equals(SettingKey.SmtpPort):
                mib.Poke(names.Port + ".0", new Integer32((int)i.Value));
                break;
            case TextValue t when key.Equals(SettingKey.SmtpFrom):
                mib.Poke(names.From + ".0", OctetString.FromString(t.Value));
                break;
            default:
                throw new ArgumentException($"The Eaton lab device cannot stage {key.Name} out of band in this harness.", nameof(key));
        }

        return Task.CompletedTask;
    }

    public void Inject(SimulatedFault fault)
    {
        switch (fault)
        {
            case SimulatedFault.RejectWrites r:
                Objects(r.Key).ToList().ForEach(o => device.Faults.RejectedObjects.Add(o));
                break;
            case SimulatedFault.LoseWrites l:
                Objects(l.Key).ToList().ForEach(o => device.Faults.LostWrites.Add(o));
                break;
            case SimulatedFault.Silent:
                device.Faults.Silent = true;
                break;
        }
    }

    public void ClearFaults() => device.Faults.Clear();

    private IEnumerable<string> Objects(SettingKey key) =>
        KeyByObject.Where(p => p.Value.Equals(key)).SelectMany(p => p.Key == names.ReceiverAddress || p.Key == names.ReceiverLevel
            ? Enumerable.Range(1, names.Rows).Select(row => $"{p.Key}.{row}")
            : [$"{p.Key}.0"]);
}
