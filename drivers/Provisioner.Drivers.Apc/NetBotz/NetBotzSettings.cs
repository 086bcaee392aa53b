using Provisioner.Abstractions;
using Provisioner.Drivers.SnmpCommon;

namespace Provisioner.Drivers.Apc;

/// <summary>The canonical settings of a legacy NetBotz, bound to NETBOTZ-MIB <c>netBotz-device</c> scalars.</summary>
internal static class NetBotzSettings
{
    /// <summary>A DisplayString's 255 octets: the MIB gives no SIZE (unverified on real firmware).</summary>
    public const int TextLength = 255;

    private const string Mib = "NETBOTZ-MIB";

    public static IReadOnlyList<SnmpSetting> Create() =>
    [
        new ManualSetting(SettingKey.SmtpEnabled, Mib, "Turn alert e-mail on or off", "web interface › Configuration › Alert Actions › Email"),
        new RelayWithBackupSetting(new SettingDescriptor
        {
            Key = SettingKey.SmtpRelay,
            Description = "netBotz-dev-smtp.0 (DisplayString, IP literal written); netBotz-dev-backup-smtp.0 is cleared when the relay is written and shown when it differs.",
            Constraints = new() { MaxLength = TextLength },
        }),
        new ScalarSetting(
            new SettingDescriptor { Key = SettingKey.SmtpPort, Description = "netBotz-dev-smtpport.0, INTEGER.", Constraints = new() { Minimum = 1, Maximum = 65535 }, DeviceDefault = "25" },
            Oids.SmtpPort,
            new IntegerCodec(1, 65535)),
        new ManualSetting(SettingKey.SmtpFrom, Mib, "Set the sender (From) address of alert e-mail", "web interface › Configuration › Email (SMTP) settings"),
        new CommaListRecipientsSetting(new SettingDescriptor
        {
            Key = SettingKey.SmtpRecipients,
            Description = "netBotz-dev-primaryemail.0 (comma-separated, all recipients) and netBotz-dev-secondaryemail.0 (cleared).",
            Constraints = new() { MaxLength = TextLength },
        }),
        new ManualSetting(SettingKey.AlertsMinimumSeverity, Mib, "Send e-mail alert actions only for warning and worse alert severities", "web interface › Configuration › Alert Actions › Email › Severity"),
    ];
}
