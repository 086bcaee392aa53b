using Provisioner.Abstractions;
using Provisioner.Drivers.SnmpCommon;
using O = Provisioner.Drivers.Akcp.Oids.SpPlus;

namespace Provisioner.Drivers.Akcp;

/// <summary>The canonical settings of an SP+ unit, each bound to its SPAGENT-MIB <c>plusSeries</c> config scalar.</summary>
internal static class SpPlusSettings
{
    /// <summary>The length assumed for the DisplayStrings: the MIB gives no SIZE (unverified on real firmware).</summary>
    public const int TextLength = 255;

    public static IReadOnlyList<SnmpSetting> Create() =>
    [
        new ScalarSetting(
            new SettingDescriptor { Key = SettingKey.SmtpEnabled, Description = "cfgEMailEnable.0, INTEGER disable(0)/enable(1)." },
            O.EmailEnable,
            new FlagCodec(on: 1, off: 0)),
        new ScalarSetting(
            new SettingDescriptor { Key = SettingKey.SmtpRelay, Description = "cfgSMTPServer.0, DisplayString (name or IP); the driver writes the IP literal.", Constraints = new() { MaxLength = TextLength } },
            O.SmtpServer,
            new IpTextCodec(TextLength)),
        new ScalarSetting(
            new SettingDescriptor { Key = SettingKey.SmtpPort, Description = "cfgSMTPPort.0, INTEGER (0..65535), default 25.", Constraints = new() { Minimum = 1, Maximum = 65535 }, DeviceDefault = "25" },
            O.SmtpPort,
            new IntegerCodec(0, 65535)),
        new ScalarSetting(
            new SettingDescriptor
            {
                Key = SettingKey.SmtpSecurity,
                Description = "cfgSMTPSSL.0, INTEGER no-encryption(0)/ssl-tls(1)/starttls(2).",
                Constraints = new() { AllowedValues = ["none", "tls", "starttls"] },
            },
            O.SmtpSsl,
            new SecurityCodec(new Dictionary<SmtpSecurity, int> { [SmtpSecurity.None] = 0, [SmtpSecurity.Tls] = 1, [SmtpSecurity.StartTls] = 2 })),
        new AuthUserSetting(
            new SettingDescriptor { Key = SettingKey.SmtpAuthUser, Description = "cfgSMTPAuth.0 not-required(0)/required(1) with cfgSMTPLogin.0; empty = not required.", Constraints = new() { MaxLength = TextLength } },
            O.SmtpAuth,
            new FlagCodec(on: 1, off: 0),
            O.SmtpLogin,
            new DisplayStringCodec(TextLength)),
        new ScalarSetting(
            new SettingDescriptor { Key = SettingKey.SmtpAuthPassword, Access = SettingAccess.WriteOnly, Sensitive = true, Description = "cfgSMTPPassword.0, DisplayString, MAX-ACCESS write-only: a GET fails.", Constraints = new() { MaxLength = TextLength } },
            O.SmtpPassword,
            new SecretCodec(TextLength)),
        new ScalarSetting(
            new SettingDescriptor { Key = SettingKey.SmtpFrom, Description = "cfgSMTPEMailFrom.0, DisplayString (the default From).", Constraints = new() { MaxLength = TextLength } },
            O.EmailFrom,
            new DisplayStringCodec(TextLength)),
        new ManualSetting(
            SettingKey.SmtpRecipients,
            "SPAGENT-MIB plusSeries (recipients belong to notification actions)",
            "Create an e-mail notification action whose recipients are the inventory's distribution groups, and attach it to the sensors' warning and critical events",
            "web interface › Notifications › Actions › Add › Send email"),
        new ManualSetting(
            SettingKey.AlertsMinimumSeverity,
            "SPAGENT-MIB plusSeries (no threshold object)",
            "Attach the e-mail action only to warning and critical sensor states",
            "web interface › Notifications › (each notification) › Sensor status"),
    ];
}
