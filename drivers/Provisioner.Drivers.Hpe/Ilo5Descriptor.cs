using Provisioner.Abstractions;

namespace Provisioner.Drivers.Hpe;

/// <summary>The static description of the <c>hpe.ilo5</c> driver: HPE iLO 5 and iLO 6 AlertMail over Redfish.</summary>
public static class Ilo5Descriptor
{
    /// <summary>The driver id.</summary>
    public const string Id = "hpe.ilo5";

    /// <summary>Where AlertMail lives in the iLO web interface, for manual steps.</summary>
    public const string WebUiPlace = "iLO web interface › Management › AlertMail";

    /// <summary>The manual step for the minimum severity: AlertMail has no severity field.</summary>
    public static ManualStep SeverityStep { get; } = new(
        SettingKey.AlertsMinimumSeverity,
        "AlertMail has no minimum-severity setting and mails every alert it raises; filter below the wanted level at the recipient group (a mail-flow rule), or accept the extra mail",
        WebUiPlace);

    /// <summary>The descriptor.</summary>
    public static DriverDescriptor Value { get; } = new()
    {
        Id = Id,
        Vendor = "HPE",
        Models = ["iLO 5", "iLO 6"],
        FirmwareRange = "iLO 5 2.55 (capture) to 3.09, iLO 6 to 1.70 (HPE Redfish docs); HpeiLOManagerNetworkService v2",
        Transports = [DriverTransport.Https],
        DefaultPort = 443,
        Recipients = RecipientModel.SingleAddress,
        Sender = new SenderModel(SenderModelKind.DeviceNameAtDomain, null),
        Hints = new InventoryHints("bmc", "systems"),
        Capabilities = DriverCapabilities.Snapshot | DriverCapabilities.TestMessage,
        Identity = new IdentityRule
        {
            VendorPattern = "^HPE$",
            ModelPattern = "^iLO [56]$",
            Details = [new IdentityDetailRule(IloIdentity.OemDetail, "(^|,)Hpe(,|$)", "to list Hpe (an iLO service root has Oem.Hpe)", 10)],
        },
        Description = "HPE iLO 5/6 AlertMail over Redfish (Managers/1/NetworkProtocol Oem.Hpe); one recipient, sender <iLO name>@domain.",
        Settings =
        [
            new SettingDescriptor { Key = SettingKey.SmtpEnabled, Description = "Oem.Hpe.AlertMailEnabled; true only with AlertMailEmail, AlertMailSenderDomain and AlertMailSMTPServer set.", DeviceDefault = "false" },
            new SettingDescriptor
            {
                Key = SettingKey.SmtpRelay,
                Description = "Oem.Hpe.AlertMailSMTPServer: IP address or DNS name, at most 63 characters.",
                Constraints = new SettingConstraints { MaxLength = Endpoints.MaxFieldLength },
            },
            new SettingDescriptor
            {
                Key = SettingKey.SmtpPort,
                Description = "Oem.Hpe.AlertMailSMTPPort.",
                DeviceDefault = "25",
                Constraints = new SettingConstraints { Minimum = 1, Maximum = 65535 },
            },
            new SettingDescriptor
            {
                Key = SettingKey.SmtpSecurity,
                Description = "Oem.Hpe.AlertMailSMTPSecureEnabled (\"SSL/TLS\"): true is taken as STARTTLS, false as none; implicit TLS cannot be held (assumption, see README).",
                DeviceDefault = "starttls",
                Constraints = new SettingConstraints { AllowedValues = ["none", "starttls"] },
            },
            new SettingDescriptor { Key = SettingKey.SmtpAuthUser, Description = "Oem.Hpe.AlertMailSMTPAuthUser with AlertMailSMTPAuthEnabled (empty user: authentication off); AuthEnabled needs SecureEnabled and a password." },
            new SettingDescriptor { Key = SettingKey.SmtpAuthPassword, Description = "Oem.Hpe.AlertMailSMTPAuthPw: write-only, reads back null.", Access = SettingAccess.WriteOnly, Sensitive = true },
            new SettingDescriptor { Key = SettingKey.SmtpFrom, Description = "Oem.Hpe.AlertMailSenderDomain: iLO sends from <iLO host name>@<domain>; only the domain is written, the local part must be the iLO's host name." },
            new SettingDescriptor
            {
                Key = SettingKey.SmtpRecipients,
                Description = "Oem.Hpe.AlertMailEmail: exactly one address of at most 63 characters; more recipients need one group that contains the others.",
                Constraints = new SettingConstraints { MaxItems = 1, MaxLength = Endpoints.MaxFieldLength },
            },
            new SettingDescriptor
            {
                Key = SettingKey.AlertsMinimumSeverity,
                Access = SettingAccess.ReadOnly,
                Description = $"No AlertMail field: set by hand ({WebUiPlace}).",
                ManualStep = SeverityStep,
            },
        ],
    };
}
