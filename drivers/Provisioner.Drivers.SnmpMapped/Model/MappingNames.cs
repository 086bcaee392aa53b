using Provisioner.Abstractions;

namespace Provisioner.Drivers.SnmpMapped.Model;

/// <summary>The words of the mapping-file format: setting names, types and their canonical values.</summary>
public static class MappingNames
{
    /// <summary>What the inventory writes as <c>driver:</c> for a device described by a mapping file.</summary>
    public const string InventoryDriver = "snmp-mapped";

    /// <summary>The prefix of every mapped driver's id: <c>mapped.</c> followed by the mapping's <c>id</c>.</summary>
    public const string DriverIdPrefix = "mapped.";

    /// <summary>
    /// Setting names under <c>settings:</c>, in <c>write_order</c> and under <c>manual_steps:</c>: the canonical
    /// keys, spelt as the inventory's reports, <c>render</c> and the support matrix spell them
    /// (<c>smtp.relay</c>, <c>smtp.auth.user</c>, <c>alerts.minimum_severity</c>).
    /// </summary>
    public static IReadOnlyDictionary<string, SettingKey> Settings { get; } = new Dictionary<string, SettingKey>(StringComparer.Ordinal)
    {
        [SettingKey.SmtpEnabled.Name] = SettingKey.SmtpEnabled,
        [SettingKey.SmtpRelay.Name] = SettingKey.SmtpRelay,
        [SettingKey.SmtpPort.Name] = SettingKey.SmtpPort,
        [SettingKey.SmtpSecurity.Name] = SettingKey.SmtpSecurity,
        [SettingKey.SmtpAuthUser.Name] = SettingKey.SmtpAuthUser,
        [SettingKey.SmtpAuthPassword.Name] = SettingKey.SmtpAuthPassword,
        [SettingKey.SmtpFrom.Name] = SettingKey.SmtpFrom,
        [SettingKey.SmtpRecipients.Name] = SettingKey.SmtpRecipients,
        [SettingKey.AlertsMinimumSeverity.Name] = SettingKey.AlertsMinimumSeverity,
    };

    /// <summary>
    /// The short names earlier mapping files use (<c>relay</c>, <c>auth_user</c>, <c>minimum_severity</c>…).
    /// They are still read, with the warning <see cref="Loading.MappingDiagnosticCodes.LegacyName"/> naming the canonical key.
    /// </summary>
    public static IReadOnlyDictionary<string, SettingKey> LegacySettings { get; } = new Dictionary<string, SettingKey>(StringComparer.Ordinal)
    {
        ["enabled"] = SettingKey.SmtpEnabled,
        ["relay"] = SettingKey.SmtpRelay,
        ["port"] = SettingKey.SmtpPort,
        ["security"] = SettingKey.SmtpSecurity,
        ["auth_user"] = SettingKey.SmtpAuthUser,
        ["auth_password"] = SettingKey.SmtpAuthPassword,
        ["from"] = SettingKey.SmtpFrom,
        ["recipients"] = SettingKey.SmtpRecipients,
        ["minimum_severity"] = SettingKey.AlertsMinimumSeverity,
    };

    /// <summary>The words of <c>type:</c>.</summary>
    public static IReadOnlyDictionary<string, WireType> Types { get; } = new Dictionary<string, WireType>(StringComparer.Ordinal)
    {
        ["integer"] = WireType.Integer32,
        ["gauge"] = WireType.Gauge32,
        ["unsigned"] = WireType.Gauge32,
        ["string"] = WireType.OctetString,
        ["ipaddress"] = WireType.IpAddress,
        ["timeticks"] = WireType.TimeTicks,
    };

    /// <summary>The words of <c>transports:</c>.</summary>
    public static IReadOnlyDictionary<string, DriverTransport> Transports { get; } = new Dictionary<string, DriverTransport>(StringComparer.Ordinal)
    {
        ["v1"] = DriverTransport.SnmpV1,
        ["v2c"] = DriverTransport.SnmpV2c,
        ["v3"] = DriverTransport.SnmpV3,
    };

    /// <summary>The canonical words an enumerated setting's <c>values:</c> may use, by key; null when the setting is not enumerated.</summary>
    /// <param name="key">The setting.</param>
    /// <returns>The words, or null.</returns>
    public static IReadOnlyList<string>? CanonicalWords(SettingKey key) => key.Type switch
    {
        SettingType.Boolean => ["true", "false"],
        SettingType.Security => ["none", "starttls", "tls"],
        SettingType.Severity => SeverityWords,
        _ => null,
    };

    /// <summary>The canonical severity words, least severe first.</summary>
    public static IReadOnlyList<string> SeverityWords { get; } = ["informational", "warning", "minor", "major", "critical"];

    /// <summary>The name of <paramref name="key"/> in a mapping file: its canonical key.</summary>
    /// <param name="key">The setting.</param>
    /// <returns>The name, e.g. <c>smtp.auth.user</c>.</returns>
    public static string NameOf(SettingKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Name;
    }
}
