using Provisioner.Abstractions;
using Provisioner.Drivers.SnmpCommon;

namespace Provisioner.Drivers.ServerTech;

/// <summary>The canonical settings of a Sentry4: the per-event e-mail bits; everything else by hand.</summary>
internal static class Sentry4Settings
{
    private const string Mib = "Sentry4-MIB";

    private const string Smtp = "web interface › Configuration › SMTP (Email)";

    public static IReadOnlyList<SnmpSetting> Create() =>
    [
        new EventEmailBitsSetting(new SettingDescriptor
        {
            Key = SettingKey.SmtpEnabled,
            Description = "The email(1) bit (0x40) of every st4*Notifications row (BITS { snmpTrap(0), email(1) }), snmpTrap kept.",
        }),
        new ManualSetting(SettingKey.SmtpRelay, Mib, "Set the SMTP server to the relay's IP address", Smtp),
        new ManualSetting(SettingKey.SmtpPort, Mib, "Set the SMTP port", Smtp),
        new ManualSetting(SettingKey.SmtpSecurity, Mib, "Set the SMTP connection security", Smtp),
        new ManualSetting(SettingKey.SmtpAuthUser, Mib, "Set (or clear) the SMTP authentication user", Smtp),
        new ManualSetting(SettingKey.SmtpFrom, Mib, "Set the sender (From) address", Smtp),
        new ManualSetting(SettingKey.SmtpRecipients, Mib, "Set the e-mail recipients to the inventory's distribution groups", Smtp),
        new ManualSetting(SettingKey.AlertsMinimumSeverity, Mib + " (per-event switches only)", "Leave e-mail on only for warning and alarm events", "web interface › Configuration › Events / Notifications"),
    ];
}
