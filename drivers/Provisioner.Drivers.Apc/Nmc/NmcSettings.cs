using Provisioner.Abstractions;

namespace Provisioner.Drivers.Apc.Nmc;

/// <summary>The settings of <c>apc.nmc</c> and the CLI options behind them (README table).</summary>
internal static class NmcSettings
{
    /// <summary>Why <c>alerts.minimum_severity</c> is neither read nor written.</summary>
    public const string NoThreshold = "the NMC has no minimum-severity setting for e-mail: each event's actions choose e-mail (reference §7), and the CLI holds none";

    /// <summary>Every setting, in catalogue order.</summary>
    public static IReadOnlyList<SettingDescriptor> All { get; } =
    [
        new()
        {
            Key = SettingKey.SmtpEnabled,
            Description = "Derived from the recipients: true when a recipient has generation enabled (email -g[n] enable) and routes through the relay; false is written as email -g[n] disable on every recipient (their addresses stay).",
            DeviceDefault = "false",
        },
        new() { Key = SettingKey.SmtpRelay, Description = "smtp -s (read-out 'Server:'); 0.0.0.0 or empty reads as unset.", DeviceDefault = "0.0.0.0" },
        new() { Key = SettingKey.SmtpPort, Description = "smtp -p (read-out 'Port:').", DeviceDefault = "25", Constraints = new SettingConstraints { Minimum = 1, Maximum = 65535 } },
        new()
        {
            Key = SettingKey.SmtpSecurity,
            Description = "smtp -e: none = none, starttls = always, tls = implicit; ifavail (STARTTLS if offered) reads as none.",
            DeviceDefault = "none",
            Constraints = new SettingConstraints { AllowedValues = ["none", "starttls", "tls"] },
        },
        new() { Key = SettingKey.SmtpAuthUser, Description = "smtp -u + smtp -a enable; empty text writes smtp -a disable (read-out 'Auth:', 'User:').", DeviceDefault = string.Empty },
        new()
        {
            Key = SettingKey.SmtpAuthPassword,
            Access = SettingAccess.WriteOnly,
            Sensitive = true,
            Description = "smtp -w: write-only, the read-out shows a mask or <not set>; sent whenever it is to be set.",
        },
        new() { Key = SettingKey.SmtpFrom, Description = "smtp -f (read-out 'From:').", DeviceDefault = string.Empty },
        new()
        {
            Key = SettingKey.SmtpRecipients,
            Description = "email -t[n] + -g[n] enable + -r[n] local for recipient n = 1..4; unused slots get -g[n] disable. A slot counts only when enabled and routed 'local' (through the relay).",
            Constraints = new SettingConstraints { MaxItems = NmcCommands.Slots },
        },
        new()
        {
            Key = SettingKey.AlertsMinimumSeverity,
            Access = SettingAccess.ReadOnly,
            Description = "Not on the CLI: the NMC chooses e-mailed events per event (Event Actions).",
            ManualStep = new ManualStep(
                SettingKey.AlertsMinimumSeverity,
                "Tick 'E-mail' (all recipients) for the events at the inventory's minimum severity and above (e.g. Warning and Severe), and clear it below",
                NmcAssumptions.EventActionsLocation),
        },
    ];
}
