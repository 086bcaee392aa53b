using Provisioner.Abstractions;

namespace Provisioner.Drivers.NetApp;

/// <summary>The settings of <c>netapp.ontap</c> and where each lives (README mapping table).</summary>
internal static class OntapSettings
{
    /// <summary>Where the CLI sets what REST cannot, for manual steps.</summary>
    public const string CliPlace = "ONTAP CLI (cluster admin, SSH to the cluster management address)";

    /// <summary>The manual step for the SMTP AUTH user.</summary>
    public static ManualStep AuthUserStep { get; } = new(SettingKey.SmtpAuthUser, "Set the relay's SMTP AUTH user with 'event config modify -mail-server-user <user>' (ONTAP 9.9.1 or later)", CliPlace);

    /// <summary>The manual step for the SMTP AUTH password.</summary>
    public static ManualStep PasswordStep { get; } = new(SettingKey.SmtpAuthPassword, "Set the relay's SMTP AUTH password with 'event config set-mail-server-password'", CliPlace);

    /// <summary>Every setting, in catalogue order.</summary>
    public static IReadOnlyList<SettingDescriptor> All { get; } =
    [
        new()
        {
            Key = SettingKey.SmtpEnabled,
            Description = "No switch of its own: EMS mails every e-mail destination. Reads true when the driver's destinations exist; false is written by deleting them.",
            DeviceDefault = "false",
        },
        new() { Key = SettingKey.SmtpRelay, Description = "/api/support/ems mail_server, the host before ':port'.", DeviceDefault = "localhost" },
        new()
        {
            Key = SettingKey.SmtpPort,
            Description = "/api/support/ems mail_server, the ':port' suffix (none = 25).",
            DeviceDefault = "25",
            Constraints = new SettingConstraints { Minimum = 1, Maximum = 65535 },
        },
        new()
        {
            Key = SettingKey.SmtpSecurity,
            Description = "EMS mail has no TLS setting over REST: plain SMTP only.",
            DeviceDefault = "none",
            Constraints = new SettingConstraints { AllowedValues = ["none"] },
        },
        new()
        {
            Key = SettingKey.SmtpAuthUser,
            Access = SettingAccess.ReadOnly,
            Description = "CLI -mail-server-user; its REST name is unverified, so it is set by hand.",
            ManualStep = AuthUserStep,
        },
        new()
        {
            Key = SettingKey.SmtpAuthPassword,
            Access = SettingAccess.WriteOnly,
            Sensitive = true,
            Description = "CLI 'event config set-mail-server-password'; not written over REST (name unverified): a manual step when it is to change.",
            ManualStep = PasswordStep,
        },
        new() { Key = SettingKey.SmtpFrom, Description = "/api/support/ems mail_from.", DeviceDefault = "admin@localhost" },
        new()
        {
            Key = SettingKey.SmtpRecipients,
            Description = "/api/support/ems/destinations: one e-mail destination per recipient, named provisioner-mail-1…n in order; other destinations are left alone.",
        },
        new()
        {
            Key = SettingKey.AlertsMinimumSeverity,
            Description = "The filter the driver's destinations are bound to: informational → provisioner-info-events, warning → no-info-debug-events, major → provisioner-error-events, critical → important-events.",
            DeviceDefault = "warning",
            Constraints = new SettingConstraints { AllowedValues = SeverityFilters.AllowedValues },
        },
    ];
}
