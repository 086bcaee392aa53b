using Provisioner.Abstractions;

namespace Provisioner.Drivers.Pure;

/// <summary>The settings of <c>pure.flasharray</c> and where each lives (README mapping table).</summary>
internal static class PureSettings
{
    /// <summary>Where severity filtering is set by hand.</summary>
    public const string SeverityPlace = "Purity//FA GUI › Settings › System › Alert Watchers (policies, Purity 6.6+ / REST 2.33+), or 'purealert' policies in the CLI";

    /// <summary>Why the minimum severity is not written.</summary>
    public const string NoSeverityReason = "FlashArray alert watchers have no severity (addendum §7); severity lives in alert-watcher policy rules, which the driver does not manage";

    /// <summary>The manual step for the minimum severity.</summary>
    public static ManualStep SeverityStep { get; } = new(
        SettingKey.AlertsMinimumSeverity,
        "Add an alert-watcher policy rule per recipient with minimum_notification_severity 'warning' (or the inventory's level), or accept that every alert is mailed",
        SeverityPlace);

    /// <summary>Every setting, in catalogue order.</summary>
    public static IReadOnlyList<SettingDescriptor> All { get; } =
    [
        new() { Key = SettingKey.SmtpEnabled, Description = "alert-watchers enabled: true when every managed watcher is enabled; written with PATCH ?names= {enabled}.", DeviceDefault = "false" },
        new() { Key = SettingKey.SmtpRelay, Description = "smtp-servers relay_host, the host before ':port'; empty = direct delivery.", DeviceDefault = string.Empty },
        new() { Key = SettingKey.SmtpPort, Description = "smtp-servers relay_host, the ':port' suffix (none = 25).", DeviceDefault = "25", Constraints = new SettingConstraints { Minimum = 1, Maximum = 65535 } },
        new()
        {
            Key = SettingKey.SmtpSecurity,
            Description = "smtp-servers encryption_mode (REST 2.33+): 'starttls' or '' (none); implicit TLS does not exist.",
            DeviceDefault = "none",
            Constraints = new SettingConstraints { AllowedValues = ["none", "starttls"] },
        },
        new() { Key = SettingKey.SmtpAuthUser, Description = "smtp-servers user_name (empty = no SMTP AUTH).", DeviceDefault = string.Empty },
        new() { Key = SettingKey.SmtpAuthPassword, Access = SettingAccess.WriteOnly, Sensitive = true, Description = "smtp-servers password: write-only, never read back." },
        new() { Key = SettingKey.SmtpFrom, Description = "smtp-servers sender_username (local part, REST 2.33+) @ sender_domain." },
        new() { Key = SettingKey.SmtpRecipients, Description = "alert-watchers: one watcher per address (the address is the name), in creation order; the built-in flasharray-alerts@purestorage.com is never touched." },
        new()
        {
            Key = SettingKey.AlertsMinimumSeverity,
            Access = SettingAccess.ReadOnly,
            Description = "No field on /alert-watchers; alert-watcher policy rules (REST 2.33+) are set by hand.",
            ManualStep = SeverityStep,
        },
    ];
}
