using Provisioner.Abstractions;
using Provisioner.Drivers.SnmpCommon;
using O = Provisioner.Drivers.Pulizzi.Oids.Monitored;

namespace Provisioner.Drivers.Pulizzi;

/// <summary>The canonical settings of a monitored Pulizzi ePDU, bound to <c>networkSettings</c>.</summary>
internal static class MonitoredSettings
{
    /// <summary><c>alertEmailAddress</c> is OCTET STRING (SIZE(1..49)).</summary>
    public const int RecipientLength = 49;

    private const string Mib = "EATON-EPDU-PU-MI-MIB";

    public static IReadOnlyList<SnmpSetting> Create() =>
    [
        new ScalarSetting(
            new SettingDescriptor { Key = SettingKey.SmtpRelay, Description = "mailServerIP.0, IpAddress: IPv4 only; 0.0.0.0 reads as unset." },
            O.MailServer,
            new IpAddressCodec()),
        new ManualSetting(SettingKey.SmtpFrom, Mib, "Set the sender (From) address of alert e-mail", "web interface › Network Settings › Email"),
        new SlotRecipientsSetting(
            new SettingDescriptor
            {
                Key = SettingKey.SmtpRecipients,
                Description = "One fixed slot: alertEmailAddress.0, OCTET STRING (SIZE(1..49)): it cannot be emptied over SNMP.",
                Constraints = new() { MaxItems = 1, MaxLength = RecipientLength },
            },
            [O.AlertEmail],
            new DisplayStringCodec(RecipientLength, minLength: 1)),
        new ManualSetting(SettingKey.AlertsMinimumSeverity, Mib + " (no threshold object)", "Choose which events send e-mail (warnings and worse)", "web interface › Alarms / Thresholds"),
    ];
}
