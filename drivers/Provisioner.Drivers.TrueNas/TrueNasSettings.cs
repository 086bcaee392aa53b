using Provisioner.Abstractions;

namespace Provisioner.Drivers.TrueNas;

/// <summary>The settings of <c>truenas</c> and where each lives (see the README mapping table).</summary>
internal static class TrueNasSettings
{
    /// <summary>Every setting, in catalogue order.</summary>
    public static IReadOnlyList<SettingDescriptor> All { get; } =
    [
        new() { Key = SettingKey.SmtpEnabled, Description = "Derived: true when the driver's Mail alert services exist and are all enabled; written through their 'enabled'.", DeviceDefault = "false" },
        new() { Key = SettingKey.SmtpRelay, Description = "mail.outgoingserver.", DeviceDefault = string.Empty },
        new() { Key = SettingKey.SmtpPort, Description = "mail.port.", DeviceDefault = "25", Constraints = new SettingConstraints { Minimum = 1, Maximum = 65535 } },
        new() { Key = SettingKey.SmtpSecurity, Description = "mail.security: PLAIN = none, TLS = starttls, SSL = tls (implicit).", DeviceDefault = "none" },
        new() { Key = SettingKey.SmtpAuthUser, Description = "mail.smtp + mail.user: empty = SMTP AUTH off.", DeviceDefault = string.Empty },
        new()
        {
            Key = SettingKey.SmtpAuthPassword,
            Access = SettingAccess.WriteOnly,
            Sensitive = true,
            Description = "mail.pass: the admin API echoes it in clear; never shown, compared with the value sent after each write (a mismatch is rejected) and restorable from a snapshot.",
        },
        new() { Key = SettingKey.SmtpFrom, Description = "mail.fromemail; mail.fromname is set to the device's inventory name with it.", DeviceDefault = string.Empty },
        new() { Key = SettingKey.SmtpRecipients, Description = "One Mail alert service per recipient named 'Provisioner mail <address>' (attributes.email, level = the recipient's minimum severity), in id order; other services are left alone." },
        new()
        {
            Key = SettingKey.AlertsMinimumSeverity,
            Description = "Derived: the least severe level of the driver's alert services (INFO, WARNING, ERROR = minor, CRITICAL); written through their levels. TrueNAS has no level for 'major'.",
            Constraints = new SettingConstraints { AllowedValues = TrueNasLevels.Words },
        },
    ];
}
