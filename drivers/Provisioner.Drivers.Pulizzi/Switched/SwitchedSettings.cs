using Provisioner.Abstractions;
using Provisioner.Drivers.SnmpCommon;
using O = Provisioner.Drivers.Pulizzi.Oids.Switched;

namespace Provisioner.Drivers.Pulizzi;

/// <summary>The canonical settings of a switched Pulizzi ePDU (IPV3600), bound to <c>logManagerConfig</c>.</summary>
internal static class SwitchedSettings
{
    /// <summary>The length assumed for the OCTET STRINGs: the MIB gives no SIZE (unverified).</summary>
    public const int TextLength = 255;

    private const string Mib = "EATON-EPDU-PU-SW-MIB";

    public static IReadOnlyList<SnmpSetting> Create() =>
    [
        new ScalarSetting(
            new SettingDescriptor { Key = SettingKey.SmtpRelay, Description = "mailServerIPAddress.0, IpAddress: IPv4 only; 0.0.0.0 reads as unset." },
            O.MailServer,
            new IpAddressCodec()),
        new ScalarSetting(
            new SettingDescriptor { Key = SettingKey.SmtpFrom, Description = "sendLogFrom.0, OCTET STRING (x@y.z).", Constraints = new() { MaxLength = TextLength } },
            O.From,
            new DisplayStringCodec(TextLength)),
        new SlotRecipientsSetting(
            new SettingDescriptor { Key = SettingKey.SmtpRecipients, Description = "Two fixed alert slots: sendAlertsToUser1Address.0 and sendAlertsToUser2Address.0 (the log recipients are left alone).", Constraints = new() { MaxItems = 2, MaxLength = TextLength } },
            [O.AlertUser1, O.AlertUser2],
            new DisplayStringCodec(TextLength)),
        new ManualSetting(
            SettingKey.AlertsMinimumSeverity,
            Mib + " (only per-event switches outletSection1Alert … contactClosure3Alert)",
            "Switch e-mail alerts on (sendAlert) only for the events that are warnings or worse",
            "web interface › Log Manager › Alerts (per event)"),
    ];
}
