using Provisioner.Abstractions;
using Provisioner.Drivers.Eaton.Mapping;
using Provisioner.Drivers.SnmpCommon;

namespace Provisioner.Drivers.Eaton.Sc200;

/// <summary>The SC200's settings on the SNMP kit: RPS-SC200-MIB email group (see the README table).</summary>
internal static class Sc200Settings
{
    /// <summary>The email group's instances.</summary>
    public static EmailGroup Group { get; } = new(Oids.Sc200Email, Sc200Model.ReceiverRows);

    /// <summary>The receiver table.</summary>
    public static LeveledSlotRecipientsSetting Recipients { get; } = new(
        new SettingDescriptor
        {
            Key = SettingKey.SmtpRecipients,
            Description = "email-Receiver-Table rows 1..5: address and Severity-Level per row.",
            Constraints = new SettingConstraints { MaxItems = Sc200Model.ReceiverRows, MaxLength = Sc200Model.MaxAddressLength },
        },
        Group.ReceiverAddress,
        Group.ReceiverLevel,
        EatonLevels.Codec,
        new DisplayStringCodec(Sc200Model.MaxAddressLength));

    /// <summary>Every setting, in catalogue order.</summary>
    public static IReadOnlyList<SnmpSetting> All { get; } =
    [
        new ScalarSetting(
            new SettingDescriptor { Key = SettingKey.SmtpEnabled, Description = "email-Notifications.0: master enable.", DeviceDefault = "false" },
            Group.Notifications,
            new FlagCodec(on: 1, off: 0)),
        new ScalarSetting(
            new SettingDescriptor { Key = SettingKey.SmtpRelay, Description = "smtp-Server-IP-Address.0: an SNMP IpAddress, IPv4 only.", DeviceDefault = "1.1.1.1" },
            Group.ServerAddress,
            new Ipv4RelayCodec()),
        new ScalarSetting(
            new SettingDescriptor { Key = SettingKey.SmtpPort, Description = "smtp-Server-Port.0.", DeviceDefault = "25", Constraints = new SettingConstraints { Minimum = 1, Maximum = 65535 } },
            Group.ServerPort,
            new IntegerCodec(0, 65535)),
        new ScalarSetting(
            new SettingDescriptor
            {
                Key = SettingKey.SmtpFrom,
                Description = "email-Return-Address.0: the SC200 has no From separate from the return address.",
                Constraints = new SettingConstraints { MaxLength = Sc200Model.MaxAddressLength },
            },
            Group.ReturnAddress,
            new DisplayStringCodec(Sc200Model.MaxAddressLength)),
        Recipients,
        new SlotLevelMinimumSeveritySetting(
            new SettingDescriptor
            {
                Key = SettingKey.AlertsMinimumSeverity,
                Description = "Derived: the least severe level of the used receiver rows; written through the rows' levels.",
                Constraints = new SettingConstraints { AllowedValues = EatonLevels.Codec.Words },
            },
            Recipients),
    ];
}
