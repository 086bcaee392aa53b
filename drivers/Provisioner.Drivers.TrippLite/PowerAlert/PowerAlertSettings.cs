using Provisioner.Abstractions;
using Provisioner.Drivers.SnmpCommon;

namespace Provisioner.Drivers.TrippLite;

/// <summary>The canonical settings of a PowerAlert: recipients as contact rows; everything else by hand.</summary>
internal static class PowerAlertSettings
{
    /// <summary>The length assumed for name and address (DisplayString; no SIZE in the MIB, unverified).</summary>
    public const int TextLength = 255;

    private const string Where = "PowerAlert web interface › Settings › Email Settings (SMTP)";

    public static IReadOnlyList<SnmpSetting> Create(string mib, ContactTable table) =>
    [
        new ManualSetting(SettingKey.SmtpEnabled, mib, "Turn e-mail notification on or off", "PowerAlert web interface › Actions › Email"),
        new ManualSetting(SettingKey.SmtpRelay, mib, "Set the SMTP server to the relay's IP address", Where),
        new ManualSetting(SettingKey.SmtpPort, mib, "Set the SMTP port", Where),
        new ManualSetting(SettingKey.SmtpSecurity, mib, "Set the SMTP connection security", Where),
        new ManualSetting(SettingKey.SmtpAuthUser, mib, "Set (or clear) the SMTP authentication user name", Where),
        new ManualSetting(SettingKey.SmtpFrom, mib, "Set the sender (From) address", Where),
        new RowStatusRecipientsSetting(
            new SettingDescriptor
            {
                Key = SettingKey.SmtpRecipients,
                Description = $"E-mail contact rows (RowStatus, name, address) of {mib}; active rows in index order.",
                Constraints = new() { MaxLength = TextLength },
            },
            table),
        new ManualSetting(SettingKey.AlertsMinimumSeverity, mib, "Send e-mail actions only for warning and worse events", "PowerAlert web interface › Events / Actions"),
    ];
}
