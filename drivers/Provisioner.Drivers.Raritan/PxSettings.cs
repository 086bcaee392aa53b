using Provisioner.Abstractions;

namespace Provisioner.Drivers.Raritan;

/// <summary>The settings of <c>raritan.px</c> and where each lives (see the README mapping table).</summary>
internal static class PxSettings
{
    /// <summary>Why <c>smtp.enabled</c> cannot be read or written.</summary>
    public const string NoSwitchReason = "the PX has no global switch for e-mail: mail goes out when an enabled event rule triggers a SendSmtpMessage action, and rules are set by hand";

    /// <summary>Why <c>alerts.minimum_severity</c> cannot be read or written.</summary>
    public const string NoSeverityReason = "the PX has no severity level for e-mail: event rules bind actions to event-ID patterns, and rules are set by hand";

    /// <summary>Every setting, in catalogue order.</summary>
    public static IReadOnlyList<SettingDescriptor> All { get; } =
    [
        new()
        {
            Key = SettingKey.SmtpEnabled,
            Access = SettingAccess.ReadOnly,
            Description = "No device field: e-mail is sent when an enabled event rule triggers one of the recipients' actions.",
            ManualStep = new ManualStep(SettingKey.SmtpEnabled, "Enable or disable the event rules whose actions include the 'Provisioner mail <address>' actions", "Web interface: Device Settings > Event Rules > Rules"),
        },
        new() { Key = SettingKey.SmtpRelay, Description = "/smtp Configuration.host.", DeviceDefault = string.Empty },
        new() { Key = SettingKey.SmtpPort, Description = "/smtp Configuration.port.", DeviceDefault = "25", Constraints = new SettingConstraints { Minimum = 1, Maximum = 65535 } },
        new()
        {
            Key = SettingKey.SmtpSecurity,
            Description = "/smtp Configuration.useTls ('Enforce TLS usage', STARTTLS): true = starttls, false = none; implicit TLS does not exist.",
            DeviceDefault = "none",
            Constraints = new SettingConstraints { AllowedValues = ["none", "starttls"] },
        },
        new() { Key = SettingKey.SmtpAuthUser, Description = "/smtp Configuration.useAuth + username: empty = useAuth false.", DeviceDefault = string.Empty },
        new()
        {
            Key = SettingKey.SmtpAuthPassword,
            Access = SettingAccess.WriteOnly,
            Sensitive = true,
            Description = "/smtp Configuration.password: write-only, read back empty; sent only when it is to change (empty leaves it unchanged).",
        },
        new() { Key = SettingKey.SmtpFrom, Description = "/smtp Configuration.sender.", DeviceDefault = string.Empty },
        new()
        {
            Key = SettingKey.SmtpRecipients,
            Description = "/event_engine SendSmtpMessage actions named 'Provisioner mail <address>', one per recipient, in creation order; other actions are left alone.",
        },
        new()
        {
            Key = SettingKey.AlertsMinimumSeverity,
            Access = SettingAccess.ReadOnly,
            Description = "No device field: event rules bind actions to event-ID patterns.",
            ManualStep = new ManualStep(SettingKey.AlertsMinimumSeverity, "Add the 'Provisioner mail <address>' actions to the event rules for the warning and critical conditions wanted (e.g. sensor 'above upper warning'/'above upper critical', power and network events)", "Web interface: Device Settings > Event Rules > Rules"),
        },
    ];
}
