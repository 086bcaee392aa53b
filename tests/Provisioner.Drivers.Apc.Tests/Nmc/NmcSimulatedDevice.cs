using System.Globalization;
using Provisioner.Abstractions;
using Provisioner.Lab.Devices.Apc.Nmc;
using Provisioner.Testing.Conformance;
using Provisioner.Testing.Simulators.Ssh;

namespace Provisioner.Drivers.Apc.Tests.Nmc;

/// <summary>Drives the lab card through its JSON state file, which the CLI emulator re-reads before every command.</summary>
/// <param name="statePath">The state file.</param>
public sealed class NmcSimulatedDevice(string statePath) : ISimulatedDevice
{
    /// <summary>The emulator's field names and the setting each holds.</summary>
    public static IReadOnlyDictionary<string, SettingKey> Fields { get; } = new Dictionary<string, SettingKey>(StringComparer.Ordinal)
    {
        ["smtp -s"] = SettingKey.SmtpRelay,
        ["smtp -p"] = SettingKey.SmtpPort,
        ["smtp -e"] = SettingKey.SmtpSecurity,
        ["smtp -u"] = SettingKey.SmtpAuthUser,
        ["smtp -a"] = SettingKey.SmtpAuthUser,
        ["smtp -w"] = SettingKey.SmtpAuthPassword,
        ["smtp -f"] = SettingKey.SmtpFrom,
        ["email -t"] = SettingKey.SmtpRecipients,
        ["email -g"] = SettingKey.SmtpRecipients,
        ["email -r"] = SettingKey.SmtpRecipients,
    };

    /// <summary>The state file.</summary>
    public string StatePath { get; } = statePath;

    /// <summary>The state now.</summary>
    public NmcLabState State => NmcLabState.Load(StatePath);

    /// <inheritdoc/>
    public IReadOnlyList<SimulatedWrite> WriteLog =>
        [.. State.Writes.Select(w => new SimulatedWrite(Fields.TryGetValue(w.Field, out var key) ? key : SettingKey.SmtpEnabled, $"{w.Field}{w.Slot} {w.Value}{(w.Stored ? string.Empty : " (not stored)")}"))];

    /// <inheritdoc/>
    public void ClearWriteLog() => NmcLabState.Update(StatePath, s => s.Writes.Clear());

    /// <inheritdoc/>
    public Task SetOutOfBandAsync(SettingKey key, SettingValue value, CancellationToken cancellationToken)
    {
        NmcLabState.Update(StatePath, s =>
        {
            switch (value)
            {
                case IntegerValue port when key.Equals(SettingKey.SmtpPort):
                    s.Smtp.Port = (int)port.Value;
                    break;
                case TextValue relay when key.Equals(SettingKey.SmtpRelay):
                    s.Smtp.Server = relay.Value;
                    break;
                case TextValue from when key.Equals(SettingKey.SmtpFrom):
                    s.Smtp.From = from.Value;
                    break;
                default:
                    throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"No out-of-band change for {key}."), nameof(key));
            }
        });
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public void Inject(SimulatedFault fault) => NmcLabState.Update(StatePath, s => CliEmulatorFaultInjection.Apply(s.Faults, fault, Fields));

    /// <inheritdoc/>
    public void ClearFaults() => NmcLabState.Update(StatePath, s => s.Faults.Clear());
}
