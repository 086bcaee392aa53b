using Provisioner.Abstractions;

namespace Provisioner.Drivers.Dell.Idrac9;

/// <summary>The settings of <c>dell.idrac9</c> and the attributes behind them (README table).</summary>
internal static class IdracSettings
{
    /// <summary>Every setting, in catalogue order.</summary>
    public static IReadOnlyList<SettingDescriptor> All { get; } =
    [
        new() { Key = SettingKey.SmtpEnabled, Description = $"{Endpoints.AlertEnable}: the iDRAC's global alert switch (Enabled/Disabled); no e-mail leaves without it.", DeviceDefault = "false" },
        new() { Key = SettingKey.SmtpRelay, Description = $"{Endpoints.SmtpServer}: an IP literal (the iDRAC also takes names; the inventory gives IPs). 0.0.0.0 reads as unset.", DeviceDefault = "0.0.0.0" },
        new() { Key = SettingKey.SmtpPort, Description = $"{Endpoints.SmtpPort}: integer.", DeviceDefault = "25", Constraints = new SettingConstraints { Minimum = 1, Maximum = 65535 } },
        new()
        {
            Key = SettingKey.SmtpSecurity,
            Description = $"{Endpoints.ConnectionEncryption}: values from the ManagerAttributeRegistry at run time (only STARTTLS seen; mapping in Assumptions.Encryption). Absent on older generations.",
            DeviceDefault = "starttls",
            Constraints = new SettingConstraints { AllowedValues = ["none", "starttls", "tls"] },
        },
        new() { Key = SettingKey.SmtpAuthUser, Description = $"{Endpoints.SmtpAuthentication} Enabled + {Endpoints.SmtpUserName}; empty text sets Disabled.", DeviceDefault = string.Empty },
        new() { Key = SettingKey.SmtpAuthPassword, Access = SettingAccess.WriteOnly, Sensitive = true, Description = $"{Endpoints.SmtpPassword}: write-only, reads null." },
        new() { Key = SettingKey.SmtpFrom, Description = $"{Endpoints.SenderEmail}: the whole address (iDRAC 9 5.x; absent on older generations → not supported).", DeviceDefault = string.Empty },
        new()
        {
            Key = SettingKey.SmtpRecipients,
            Description = "EmailAlert.1..4.Address + .Enable: recipient i in slot i, unused slots cleared and Disabled.",
            Constraints = new SettingConstraints { MaxItems = Endpoints.AlertSlots },
        },
        new()
        {
            Key = SettingKey.AlertsMinimumSeverity,
            Access = SettingAccess.ReadOnly,
            Description = "Not an attribute: the iDRAC chooses e-mailed events per category and severity in its alert configuration.",
            ManualStep = new ManualStep(
                SettingKey.AlertsMinimumSeverity,
                "Tick 'Email' for every event category at the inventory's minimum severity and above (e.g. Warning and Critical), and clear it below",
                IdracDescriptor.AlertConfigurationPath),
        },
    ];
}
