using Provisioner.Abstractions;
using Provisioner.Drivers.SnmpCommon;
using O = Provisioner.Drivers.Akcp.Oids.SensorProbe;

namespace Provisioner.Drivers.Akcp;

/// <summary>The canonical settings of a legacy sensorProbe, each bound to its SPAGENT-MIB scalar.</summary>
internal static class SensorProbeSettings
{
    /// <summary>The length assumed for the DisplayStrings: the MIB gives no SIZE, so a DisplayString's 255 (unverified on real firmware).</summary>
    public const int TextLength = 255;

    public static IReadOnlyList<SnmpSetting> Create() =>
    [
        new ScalarSetting(
            new SettingDescriptor { Key = SettingKey.SmtpEnabled, Description = "sensorProbeSendMail.0, INTEGER on(1)/off(2)." },
            O.SendMail,
            new FlagCodec(on: 1, off: 2)),
        new ScalarSetting(
            new SettingDescriptor { Key = SettingKey.SmtpRelay, Description = "sensorProbeMailSMTP.0, DisplayString holding the relay's IP (older firmware answers IpAddress; both are read).", Constraints = new() { MaxLength = TextLength } },
            O.MailSmtp,
            new IpTextCodec(TextLength)),
        new ScalarSetting(
            new SettingDescriptor { Key = SettingKey.SmtpPort, Description = "sensorProbeSmtpPort.0, INTEGER in the MIB, answered as Gauge32 by the agent; written as INTEGER.", Constraints = new() { Minimum = 1, Maximum = 65535 }, DeviceDefault = "25" },
            O.SmtpPort,
            new IntegerCodec(1, 65535)),
        new AuthUserSetting(
            new SettingDescriptor { Key = SettingKey.SmtpAuthUser, Description = "sensorProbeSMTPAuth.0 enable(1)/disable(2) with sensorProbeSMTPLogin.0; empty = authentication disabled.", Constraints = new() { MaxLength = TextLength } },
            O.SmtpAuth,
            new FlagCodec(on: 1, off: 2),
            O.SmtpLogin,
            new DisplayStringCodec(TextLength)),
        new ScalarSetting(
            new SettingDescriptor { Key = SettingKey.SmtpAuthPassword, Access = SettingAccess.WriteOnly, Sensitive = true, Description = "sensorProbeSMTPPassword.0; readable per MIB but the agent answers \"\", so it is treated as write-only.", Constraints = new() { MaxLength = TextLength } },
            O.SmtpPassword,
            new SecretCodec(TextLength)),
        new ScalarSetting(
            new SettingDescriptor { Key = SettingKey.SmtpFrom, Description = "sensorProbeMailFrom.0, DisplayString.", Constraints = new() { MaxLength = TextLength } },
            O.MailFrom,
            new DisplayStringCodec(TextLength)),
        new SlotRecipientsSetting(
            new SettingDescriptor { Key = SettingKey.SmtpRecipients, Description = "Two fixed slots: sensorProbeMailRecpt.0 (To) and sensorProbeMailCC.0 (CC).", Constraints = new() { MaxItems = 2, MaxLength = TextLength } },
            [O.MailRecipient, O.MailCc],
            new DisplayStringCodec(TextLength)),
        new ManualSetting(
            SettingKey.AlertsMinimumSeverity,
            "SPAGENT-MIB (no threshold; only per-sensor e-mail switches)",
            "For every sensor, send e-mail only for the warning and critical states, not for normal/informational changes",
            "web interface › Sensors › (each sensor) › Notification / Email settings"),
    ];
}
