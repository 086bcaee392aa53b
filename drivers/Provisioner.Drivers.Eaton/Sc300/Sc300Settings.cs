using Provisioner.Abstractions;
using Provisioner.Drivers.Eaton.Mapping;
using Provisioner.Drivers.SnmpCommon;

namespace Provisioner.Drivers.Eaton.Sc300;

/// <summary>The SC300's settings on the SNMP kit: RPS-SC300-MIB email group (see the README section).</summary>
internal static class Sc300Settings
{
    /// <summary>
    /// The receiver table's rows. <b>Unverified</b>: RPS-SC300-MIB does not state it and the public walk has
    /// no communications subtree; 5 as for the SC200 (the lab model uses the same number).
    /// </summary>
    public const int ReceiverRows = 5;

    /// <summary>The longest DisplayString of the addresses (SIZE 0..100).</summary>
    public const int MaxAddressLength = 100;

    /// <summary>The email group's instances.</summary>
    public static EmailGroup Group { get; } = new(Oids.Sc300Email, ReceiverRows);

    /// <summary>The receiver table.</summary>
    public static LeveledSlotRecipientsSetting Recipients { get; } = new(
        new SettingDescriptor
        {
            Key = SettingKey.SmtpRecipients,
            Description = "emailReceiverTable rows 1..5: address and Severity-Level per row.",
            Constraints = new SettingConstraints { MaxItems = ReceiverRows, MaxLength = MaxAddressLength },
        },
        Group.ReceiverAddress,
        Group.ReceiverLevel,
        EatonLevels.Codec,
        new DisplayStringCodec(MaxAddressLength));

    /// <summary>Every setting, in catalogue order.</summary>
    public static IReadOnlyList<SnmpSetting> All { get; } =
    [
        new ScalarSetting(new SettingDescriptor { Key = SettingKey.SmtpEnabled, Description = "emailNotifications.0: master enable.", DeviceDefault = "false" }, Group.Notifications, new FlagCodec(on: 1, off: 0)),
        new ScalarSetting(new SettingDescriptor { Key = SettingKey.SmtpRelay, Description = "smtpServerIpAddress.0: InetAddress as text (SIZE 1..64); IPv4 or IPv6 literal.", DeviceDefault = "1.1.1.1" }, Group.ServerAddress, new IpTextCodec(64)),
        new ScalarSetting(new SettingDescriptor { Key = SettingKey.SmtpPort, Description = "smtpServerPort.0.", DeviceDefault = "25", Constraints = new SettingConstraints { Minimum = 1, Maximum = 65535 } }, Group.ServerPort, new IntegerCodec(0, 65535)),
        new ScalarSetting(new SettingDescriptor { Key = SettingKey.SmtpFrom, Description = "emailFromAddress.0 (the Return-Path, emailReturnAddress, is left as the device has it).", Constraints = new SettingConstraints { MaxLength = MaxAddressLength } }, Group.FromAddress, new DisplayStringCodec(MaxAddressLength)),
        Recipients,
        new SlotLevelMinimumSeveritySetting(
            new SettingDescriptor { Key = SettingKey.AlertsMinimumSeverity, Description = "Derived: the least severe level of the used receiver rows; written through the rows' levels.", Constraints = new SettingConstraints { AllowedValues = EatonLevels.Codec.Words } },
            Recipients),
    ];
}
