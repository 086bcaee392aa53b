using Provisioner.Abstractions;
using Provisioner.Lab.Devices.DotHill;
using Provisioner.Testing.Conformance;
using Provisioner.Testing.Simulators.Ssh;

namespace Provisioner.Drivers.DotHill.Tests;

/// <summary>Drives the lab array through its JSON state file, which the CLI emulator re-reads before every command.</summary>
/// <param name="statePath">The state file.</param>
public sealed class DotHillSimulatedDevice(string statePath) : ISimulatedDevice
{
    /// <summary>The <c>set email-parameters</c> keywords and the setting each holds.</summary>
    public static IReadOnlyDictionary<string, SettingKey> Keywords { get; } = new Dictionary<string, SettingKey>(StringComparer.Ordinal)
    {
        ["server"] = SettingKey.SmtpRelay,
        ["port"] = SettingKey.SmtpPort,
        ["security-protocol"] = SettingKey.SmtpSecurity,
        ["sender-password"] = SettingKey.SmtpAuthPassword,
        ["sender"] = SettingKey.SmtpFrom,
        ["domain"] = SettingKey.SmtpFrom,
        ["email-list"] = SettingKey.SmtpRecipients,
        ["notification-level"] = SettingKey.AlertsMinimumSeverity,
    };

    /// <summary>The state file.</summary>
    public string StatePath { get; } = statePath;

    /// <summary>The state now.</summary>
    public DotHillLabState State => DotHillLabState.Load(StatePath);

    /// <inheritdoc/>
    public IReadOnlyList<SimulatedWrite> WriteLog =>
        [.. State.Writes.Select(w => new SimulatedWrite(Keywords.TryGetValue(w.Keyword, out var key) ? key : SettingKey.SmtpEnabled, $"{w.Keyword} {w.Value}{(w.Stored ? string.Empty : " (not stored)")}"))];

    /// <inheritdoc/>
    public void ClearWriteLog() => DotHillLabState.Update(StatePath, s => s.Writes.Clear());

    /// <inheritdoc/>
    public Task SetOutOfBandAsync(SettingKey key, SettingValue value, CancellationToken cancellationToken)
    {
        DotHillLabState.Update(StatePath, s =>
        {
            switch (value)
            {
                case IntegerValue port when key.Equals(SettingKey.SmtpPort):
                    s.Email.Port = port.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case TextValue relay when key.Equals(SettingKey.SmtpRelay):
                    s.Email.Server = relay.Value;
                    break;
                default:
                    throw new ArgumentException($"No out-of-band change for {key}.", nameof(key));
            }
        });
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public void Inject(SimulatedFault fault) => DotHillLabState.Update(StatePath, s => CliEmulatorFaultInjection.Apply(s.Faults, fault, Keywords));

    /// <inheritdoc/>
    public void ClearFaults() => DotHillLabState.Update(StatePath, s => s.Faults.Clear());
}
