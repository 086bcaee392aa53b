using Provisioner.Abstractions;

namespace Provisioner.Drivers.Redfish;

/// <summary>The settings of the generic Redfish driver, as the README table maps them.</summary>
internal static class RedfishSettings
{
    /// <summary>The manual step for <c>alerts.minimum_severity</c>.</summary>
    public static ManualStep SeverityStep { get; } = new(
        SettingKey.AlertsMinimumSeverity,
        "Set which alert severities are e-mailed. Services that advertise EventService.Severities (Redfish 2022.3+) get it through each SMTP subscription's Severities when the recipients are written, so this step only remains on older services",
        "The BMC's web interface › Alerts / Event filters");

    /// <summary>Every setting, in catalogue order.</summary>
    public static IReadOnlyList<SettingDescriptor> All { get; } =
    [
        new() { Key = SettingKey.SmtpEnabled, Description = "EventService.SMTP.ServiceEnabled (absent in some firmware, e.g. iDRAC 5.10: then not-supported)." },
        new() { Key = SettingKey.SmtpRelay, Description = "EventService.SMTP.ServerAddress." },
        new() { Key = SettingKey.SmtpPort, Description = "EventService.SMTP.Port (0–65535).", DeviceDefault = "25", Constraints = new SettingConstraints { Minimum = 1, Maximum = 65535 } },
        new()
        {
            Key = SettingKey.SmtpSecurity,
            Description = "EventService.SMTP.ConnectionProtocol: None → none, StartTLS → starttls, TLS_SSL → tls; AutoDetect has no canonical name and is replaced.",
            Constraints = new SettingConstraints { AllowedValues = ["none", "starttls", "tls"] },
        },
        new() { Key = SettingKey.SmtpAuthUser, Description = "EventService.SMTP.Username; Authentication is set to None when it is emptied and to AutoDetect when a user is set on a service at None." },
        new() { Key = SettingKey.SmtpAuthPassword, Description = "EventService.SMTP.Password: reads back null; PasswordSet (v1_9_0) only says whether one is stored.", Access = SettingAccess.WriteOnly, Sensitive = true },
        new() { Key = SettingKey.SmtpFrom, Description = "EventService.SMTP.FromAddress." },
        new()
        {
            Key = SettingKey.SmtpRecipients,
            Description = "EventDestination subscriptions with Protocol SMTP and Destination mailto:address (read also without mailto:); a changed set is deleted and re-created, other protocols are left alone; Severities per subscription where the service advertises them.",
        },
        new()
        {
            Key = SettingKey.AlertsMinimumSeverity,
            Description = "Derived from the SMTP subscriptions' Severities (EventDestination v1_13_0) when EventService.Severities is advertised; written through the recipients. Redfish knows only OK, Warning and Critical.",
            Access = SettingAccess.ReadOnly,
            ManualStep = SeverityStep,
            Constraints = new SettingConstraints { AllowedValues = ["informational", "warning", "critical"] },
        },
    ];
}
