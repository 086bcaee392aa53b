using Provisioner.Abstractions;
using Provisioner.Drivers.SnmpCommon;
using Provisioner.Drivers.SnmpMapped.Model;
using Provisioner.Drivers.SnmpMapped.Wire;
using Provisioner.Snmp;
using Provisioner.Snmp.Types;

namespace Provisioner.Drivers.SnmpMapped;

/// <summary>
/// Turns a <see cref="MappingDefinition"/> into the SNMP kit's settings and write options, so a mapped
/// device reads, writes and identifies exactly as a built-in SNMP driver does: scalars become
/// <see cref="ScalarSetting"/>s with a kit codec, recipients <see cref="SlotRecipientsSetting"/> or
/// <see cref="LeveledSlotRecipientsSetting"/> (with a <see cref="SlotLevelMinimumSeveritySetting"/> when the
/// levels carry the minimum severity), manual steps <see cref="ManualSetting"/>s.
/// </summary>
public static class MappedSettings
{
    /// <summary>The longest DisplayString when the mapping gives no <c>max_length</c>.</summary>
    private const int DisplayStringMax = 255;

    /// <summary>The kit settings of <paramref name="mapping"/>, in the order of <paramref name="descriptor"/>'s settings.</summary>
    /// <param name="mapping">The validated mapping.</param>
    /// <param name="descriptor">Its descriptor (<see cref="MappedDescriptorBuilder.Build"/>); each setting carries its entry.</param>
    /// <returns>The settings.</returns>
    public static IReadOnlyList<SnmpSetting> Build(MappingDefinition mapping, DriverDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(descriptor);
        var settings = new List<SnmpSetting>(descriptor.Settings.Count);
        LeveledSlotRecipientsSetting? leveled = null;
        foreach (var entry in descriptor.Settings.Where(s => s.Key.Equals(SettingKey.SmtpRecipients)).Concat(descriptor.Settings.Where(s => !s.Key.Equals(SettingKey.SmtpRecipients))))
        {
            var key = entry.Key;
            if (mapping.ManualSteps.ContainsKey(key))
            {
                settings.Add(new ManualSetting(entry, $"the device's SNMP interface cannot set it ({Path.GetFileName(mapping.SourceFile)} lists it under manual_steps); set it by hand"));
            }
            else if (mapping.Scalars.TryGetValue(key, out var scalar))
            {
                settings.Add(new ScalarSetting(entry, scalar.Oid, Codec(key, scalar, entry.Constraints)));
            }
            else if (key.Equals(SettingKey.SmtpRecipients) && mapping.Recipients is { } recipients)
            {
                var codec = new DisplayStringCodec(recipients.MaxLength ?? DisplayStringMax);
                if (recipients.Severity is { } severity)
                {
                    leveled = new LeveledSlotRecipientsSetting(entry, recipients.Addresses, severity.Objects, Levels(severity), codec);
                    settings.Add(leveled);
                }
                else
                {
                    settings.Add(new SlotRecipientsSetting(entry, recipients.Addresses, codec));
                }
            }
            else if (key.Equals(SettingKey.AlertsMinimumSeverity) && leveled is not null)
            {
                settings.Add(new SlotLevelMinimumSeveritySetting(entry, leveled));
            }
        }

        settings.Sort((a, b) => a.Key.Order.CompareTo(b.Key.Order));
        return settings;
    }

    /// <summary>How the mapped device writes: ordered SETs when the file gives <c>write_order</c> (the device needs it), else one SET; and its commit object.</summary>
    /// <param name="mapping">The validated mapping.</param>
    /// <returns>The write options.</returns>
    public static SnmpWriteOptions Writes(MappingDefinition mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        return new SnmpWriteOptions
        {
            Order = mapping.WriteOrder.Count > 0 ? mapping.WriteOrder : null,
            Commit = mapping.Commit is { } commit && WireValueText.FromText(commit.Type, commit.Value) is { } value ? new SnmpCommitStep(new VarBind(commit.Oid, value)) : null,
        };
    }

    private static ScalarCodec Codec(SettingKey key, ObjectMapping scalar, SettingConstraints constraints)
    {
        if (scalar.Values is { } values)
        {
            return new EnumerationCodec([.. values.Entries.Select(e => (Canonical(key, e.Key), e.Value))], Tag(scalar.Type));
        }

        return key.Type switch
        {
            SettingType.Number => new IntegerCodec(constraints.Minimum ?? 0, constraints.Maximum ?? uint.MaxValue, Tag(scalar.Type)),
            SettingType.Secret => new SecretCodec(scalar.MaxLength ?? DisplayStringMax),
            _ when scalar.Type == WireType.IpAddress => new IpAddressCodec(),
            _ => new DisplayStringCodec(scalar.MaxLength ?? DisplayStringMax),
        };
    }

    private static SlotLevelCodec Levels(RecipientSeverityMapping severity) => new(
        severity.Values.Entries.ToDictionary(e => Enum.Parse<AlertSeverity>(e.Key, ignoreCase: true), e => checked((int)e.Value)),
        severity.Unused is { } unused ? checked((int)unused) : null,
        severity.Type == WireType.Gauge32 ? SnmpTag.Gauge32 : SnmpTag.Integer32);

    private static SnmpTag Tag(WireType type) => type switch
    {
        WireType.Gauge32 => SnmpTag.Gauge32,
        WireType.TimeTicks => SnmpTag.TimeTicks,
        _ => SnmpTag.Integer32,
    };

    /// <summary>The canonical value of an enumeration word (<see cref="MappingNames.CanonicalWords"/>).</summary>
    private static SettingValue Canonical(SettingKey key, string word) => key.Type switch
    {
        SettingType.Boolean => new BooleanValue(string.Equals(word, "true", StringComparison.OrdinalIgnoreCase)),
        SettingType.Security => new SecurityValue(word.ToLowerInvariant() switch { "starttls" => SmtpSecurity.StartTls, "tls" => SmtpSecurity.Tls, _ => SmtpSecurity.None }),
        _ => new SeverityValue(Enum.Parse<AlertSeverity>(word, ignoreCase: true)),
    };
}
