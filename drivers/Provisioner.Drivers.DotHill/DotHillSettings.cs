using Provisioner.Abstractions;

namespace Provisioner.Drivers.DotHill;

/// <summary>The settings of <c>hpe.msa</c> and <c>dell.me</c> and the CLI keywords behind them (README table).</summary>
internal static class DotHillSettings
{
    /// <summary>Every setting, in catalogue order.</summary>
    public static IReadOnlyList<SettingDescriptor> All { get; } =
    [
        new()
        {
            Key = SettingKey.SmtpEnabled,
            Description = "email-notification (Enabled/Disabled); false writes notification-level none, true writes the level read before (or needs alerts.minimum_severity).",
            DeviceDefault = "false",
        },
        new() { Key = SettingKey.SmtpRelay, Description = "set email-parameters server (read-back email-server); empty reads as unset.", DeviceDefault = string.Empty },
        new()
        {
            Key = SettingKey.SmtpPort,
            Description = "set email-parameters port (read-back email-smtp-port; empty means 25). Not on firmware without the property.",
            DeviceDefault = "25",
            Constraints = new SettingConstraints { Minimum = 1, Maximum = 65535 },
        },
        new()
        {
            Key = SettingKey.SmtpSecurity,
            Description = "set email-parameters security-protocol: none = none, starttls = tls, tls = ssl (read-back email-security-protocol). Not on firmware without the property.",
            DeviceDefault = "none",
            Constraints = new SettingConstraints { AllowedValues = ["none", "starttls", "tls"] },
        },
        new()
        {
            Key = SettingKey.SmtpAuthPassword,
            Access = SettingAccess.WriteOnly,
            Sensitive = true,
            Description = "set email-parameters sender-password: write-only (email-sender-password shows Not Configured or a mask); sent whenever it is to be set. There is no user field: the array logs in as sender@domain (smtp.auth.user is not supported).",
        },
        new()
        {
            Key = SettingKey.SmtpFrom,
            Description = "set email-parameters sender <local part> domain <domain>: the array builds the From address as sender@domain (read-back email-sender, email-domain).",
            DeviceDefault = string.Empty,
        },
        new()
        {
            Key = SettingKey.SmtpRecipients,
            Description = "set email-parameters email-list a1[,a2,a3,a4]: one comma list into slots email-notify-address-1..4, which it replaces.",
            Constraints = new SettingConstraints { MaxItems = DotHillCommands.Slots },
        },
        new()
        {
            Key = SettingKey.AlertsMinimumSeverity,
            Description = "set email-parameters notification-level: critical = crit, major = error, warning = warn, informational = info (resolved reads as informational); minor has no level. One level for all recipients.",
            DeviceDefault = "none",
            Constraints = new SettingConstraints { AllowedValues = ["informational", "warning", "major", "critical"] },
        },
    ];
}
