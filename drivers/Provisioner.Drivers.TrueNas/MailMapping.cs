using System.Text.Json.Nodes;
using Provisioner.Abstractions;

namespace Provisioner.Drivers.TrueNas;

/// <summary>Canonical SMTP settings ↔ <c>mail</c> fields (README mapping table).</summary>
internal static class MailMapping
{
    /// <summary>The settings that live in <c>mail</c>.</summary>
    public static IReadOnlySet<SettingKey> Keys { get; } = new HashSet<SettingKey>
    {
        SettingKey.SmtpRelay, SettingKey.SmtpPort, SettingKey.SmtpSecurity, SettingKey.SmtpAuthUser, SettingKey.SmtpAuthPassword, SettingKey.SmtpFrom,
    };

    /// <summary>What the device holds for a key.</summary>
    /// <param name="key">A mail key.</param>
    /// <param name="cfg">The configuration read.</param>
    /// <returns>The observation; the password is write-only (it is verified after a write instead, never compared in a plan).</returns>
    public static Observed Read(SettingKey key, MailConfig cfg) => key.Name switch
    {
        "smtp.relay" => new Observed.Known(new TextValue(cfg.OutgoingServer)),
        "smtp.port" => new Observed.Known(new IntegerValue(cfg.Port)),
        "smtp.security" => cfg.Security switch
        {
            "PLAIN" => new Observed.Known(new SecurityValue(SmtpSecurity.None)),
            "TLS" => new Observed.Known(new SecurityValue(SmtpSecurity.StartTls)),
            "SSL" => new Observed.Known(new SecurityValue(SmtpSecurity.Tls)),
            var other => new Observed.NotSupported($"mail.security '{other}' is not PLAIN, SSL or TLS"),
        },
        "smtp.auth.user" => new Observed.Known(new TextValue(cfg.SmtpAuth ? cfg.User : string.Empty)),
        "smtp.auth.password" => new Observed.WriteOnly(),
        "smtp.from" => new Observed.Known(new TextValue(cfg.FromEmail)),
        _ => throw new ArgumentOutOfRangeException(nameof(key), key.Name, "Not a mail setting."),
    };

    /// <summary>Adds one change to a <c>mail.update</c> payload; false when the value cannot be held.</summary>
    /// <param name="patch">The payload.</param>
    /// <param name="change">The change.</param>
    /// <param name="deviceName">The device's name, the sender's display name.</param>
    /// <returns>True when added.</returns>
    public static bool Apply(JsonObject patch, SettingChange change, string deviceName)
    {
        switch (change.Key.Name, change.Value)
        {
            case ("smtp.relay", TextValue v):
                patch["outgoingserver"] = v.Value;
                return true;
            case ("smtp.port", IntegerValue { Value: >= 1 and <= 65535 } v):
                patch["port"] = (int)v.Value;
                return true;
            case ("smtp.security", SecurityValue v):
                patch["security"] = v.Value switch { SmtpSecurity.None => "PLAIN", SmtpSecurity.StartTls => "TLS", _ => "SSL" };
                return true;
            case ("smtp.auth.user", TextValue { Value.Length: 0 }):
                patch["smtp"] = false;
                return true;
            case ("smtp.auth.user", TextValue v):
                patch["smtp"] = true;
                patch["user"] = v.Value;
                return true;
            case ("smtp.auth.password", SecretValue v):
                patch["pass"] = v.Value.Reveal();
                return true;
            case ("smtp.from", TextValue v):
                patch["fromemail"] = v.Value;
                patch["fromname"] = deviceName;
                return true;
            default:
                return false;
        }
    }

    /// <summary>The setting a field (or a validation attribute's last segment) belongs to, or null.</summary>
    /// <param name="field">E.g. <c>outgoingserver</c>.</param>
    /// <returns>The key.</returns>
    public static SettingKey? KeyOf(string field) => field switch
    {
        "outgoingserver" => SettingKey.SmtpRelay,
        "port" => SettingKey.SmtpPort,
        "security" => SettingKey.SmtpSecurity,
        "smtp" or "user" => SettingKey.SmtpAuthUser,
        "pass" => SettingKey.SmtpAuthPassword,
        "fromemail" or "fromname" => SettingKey.SmtpFrom,
        _ => null,
    };

    /// <summary>The fields a key stands for, to restore from a snapshot.</summary>
    /// <param name="key">A mail key.</param>
    /// <returns>The field names.</returns>
    public static IReadOnlyList<string> FieldsOf(SettingKey key) => key.Name switch
    {
        "smtp.relay" => ["outgoingserver"],
        "smtp.port" => ["port"],
        "smtp.security" => ["security"],
        "smtp.auth.user" => ["smtp", "user"],
        "smtp.from" => ["fromemail", "fromname"],
        _ => [],
    };
}
