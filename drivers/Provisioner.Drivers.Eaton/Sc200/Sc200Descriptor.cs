using Provisioner.Abstractions;
using Provisioner.Transport.Snmp;

namespace Provisioner.Drivers.Eaton.Sc200;

/// <summary>The static description of the <c>eaton.sc200</c> driver.</summary>
public static class Sc200Descriptor
{
    /// <summary>The driver id.</summary>
    public const string Id = "eaton.sc200";

    /// <summary>The descriptor.</summary>
    public static DriverDescriptor Value { get; } = new()
    {
        Id = Id,
        Vendor = "Eaton",
        Models = ["SC200"],
        FirmwareRange = "RPS-SC200-MIB 201205220136Z (software 4.04 seen)",
        Transports = [DriverTransport.SnmpV2c, DriverTransport.SnmpV3],
        DefaultPort = 161,
        Recipients = RecipientModel.FixedSlots(Sc200Model.ReceiverRows, perRecipientSeverity: true),
        Capabilities = DriverCapabilities.Snapshot | DriverCapabilities.TestMessage,
        Identity = SnmpIdentityRule.Create(Oids.Sc200Product, Sc200Model.SysDescrPattern),
        Hints = new("dc-power", "power"),
        Description = "Eaton SC200 DC-power controller over SNMP (RPS-SC200-MIB email group).",
        Settings =
        [
            new SettingDescriptor { Key = SettingKey.SmtpEnabled, Description = "email-Notifications.0: master enable.", DeviceDefault = "false" },
            new SettingDescriptor { Key = SettingKey.SmtpRelay, Description = "smtp-Server-IP-Address.0: an SNMP IpAddress, IPv4 only.", DeviceDefault = "1.1.1.1" },
            new SettingDescriptor
            {
                Key = SettingKey.SmtpPort,
                Description = "smtp-Server-Port.0.",
                DeviceDefault = "25",
                Constraints = new SettingConstraints { Minimum = 1, Maximum = 65535 },
            },
            new SettingDescriptor
            {
                Key = SettingKey.SmtpFrom,
                Description = "email-Return-Address.0: the SC200 has no From separate from the return address.",
                Constraints = new SettingConstraints { MaxLength = Sc200Model.MaxAddressLength },
            },
            new SettingDescriptor
            {
                Key = SettingKey.SmtpRecipients,
                Description = "email-Receiver-Table rows 1..5: address and Severity-Level per row.",
                Constraints = new SettingConstraints { MaxItems = Sc200Model.ReceiverRows, MaxLength = Sc200Model.MaxAddressLength },
            },
            new SettingDescriptor
            {
                Key = SettingKey.AlertsMinimumSeverity,
                Description = "Derived: the least severe level of the used receiver rows; written through the rows' levels.",
                Constraints = new SettingConstraints { AllowedValues = ["warning", "minor", "major", "critical"] },
            },
        ],
    };
}
