using Provisioner.Abstractions;
using Provisioner.Lab.Devices;
using Provisioner.Testing.Conformance;

namespace Provisioner.Testing.Simulators.Ssh;

/// <summary>Stages the conformance suite's faults in a lab CLI emulator's <see cref="CliEmulatorFaults"/>, by the emulator's own field names.</summary>
public static class CliEmulatorFaultInjection
{
    /// <summary>Adds <paramref name="fault"/>: a rejected or lost setting becomes every emulator field that holds it.</summary>
    /// <param name="faults">The emulator's faults, inside a state update.</param>
    /// <param name="fault">The fault.</param>
    /// <param name="fields">The emulator's field names and the setting each holds.</param>
    public static void Apply(CliEmulatorFaults faults, SimulatedFault fault, IReadOnlyDictionary<string, SettingKey> fields)
    {
        ArgumentNullException.ThrowIfNull(faults);
        ArgumentNullException.ThrowIfNull(fields);
        switch (fault)
        {
            case SimulatedFault.RejectWrites r:
                AddFields(faults.Reject, r.Key, fields);
                break;
            case SimulatedFault.LoseWrites l:
                AddFields(faults.Lose, l.Key, fields);
                break;
            case SimulatedFault.Silent:
                faults.Silent = true;
                break;
        }
    }

    private static void AddFields(IList<string> target, SettingKey key, IReadOnlyDictionary<string, SettingKey> fields)
    {
        foreach (var (name, holds) in fields)
        {
            if (holds.Equals(key))
            {
                target.Add(name);
            }
        }
    }
}
