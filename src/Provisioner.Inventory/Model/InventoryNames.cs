using System.Collections.ObjectModel;
using Provisioner.Abstractions;

namespace Provisioner.Inventory;

/// <summary>The words the inventory format uses for enumerations, both ways (<c>dc-power</c> ⇄ <see cref="DeviceKind.DcPower"/>).</summary>
public static class InventoryNames
{
    /// <summary>Severity words: informational, warning, minor, major, critical.</summary>
    public static readonly IReadOnlyDictionary<string, AlertSeverity> Severities = Build(
        ("informational", AlertSeverity.Informational), ("warning", AlertSeverity.Warning), ("minor", AlertSeverity.Minor),
        ("major", AlertSeverity.Major), ("critical", AlertSeverity.Critical));

    /// <summary>Security words: none, starttls, tls.</summary>
    public static readonly IReadOnlyDictionary<string, SmtpSecurity> Securities = Build(
        ("none", SmtpSecurity.None), ("starttls", SmtpSecurity.StartTls), ("tls", SmtpSecurity.Tls));

    /// <summary>Device kind words: ups, pdu, sensor, san, nas, bmc, application, dc-power.</summary>
    public static readonly IReadOnlyDictionary<string, DeviceKind> Kinds = Build(
        ("ups", DeviceKind.Ups), ("pdu", DeviceKind.Pdu), ("sensor", DeviceKind.Sensor), ("san", DeviceKind.San), ("nas", DeviceKind.Nas),
        ("bmc", DeviceKind.Bmc), ("application", DeviceKind.Application), ("dc-power", DeviceKind.DcPower));

    /// <summary>Category words: backup, environment, power, systems, storage, network, critical.</summary>
    public static readonly IReadOnlyDictionary<string, DeviceCategory> Categories = Build(
        ("backup", DeviceCategory.Backup), ("environment", DeviceCategory.Environment), ("power", DeviceCategory.Power),
        ("systems", DeviceCategory.Systems), ("storage", DeviceCategory.Storage), ("network", DeviceCategory.Network),
        ("critical", DeviceCategory.Critical));

    /// <summary>SNMP version words: 1, 2c, 3.</summary>
    public static readonly IReadOnlyDictionary<string, SnmpVersion> SnmpVersions = Build(
        ("1", SnmpVersion.V1), ("2c", SnmpVersion.V2c), ("3", SnmpVersion.V3));

    /// <summary>SNMPv3 authentication protocol words.</summary>
    public static readonly IReadOnlyDictionary<string, SnmpAuthProtocol> AuthProtocols = Build(
        ("md5", SnmpAuthProtocol.Md5), ("sha", SnmpAuthProtocol.Sha1), ("sha224", SnmpAuthProtocol.Sha224),
        ("sha256", SnmpAuthProtocol.Sha256), ("sha384", SnmpAuthProtocol.Sha384), ("sha512", SnmpAuthProtocol.Sha512));

    /// <summary>SNMPv3 privacy protocol words.</summary>
    public static readonly IReadOnlyDictionary<string, SnmpPrivProtocol> PrivProtocols = Build(
        ("des", SnmpPrivProtocol.Des), ("aes", SnmpPrivProtocol.Aes128), ("aes128", SnmpPrivProtocol.Aes128), ("aes192", SnmpPrivProtocol.Aes192),
        ("aes256", SnmpPrivProtocol.Aes256), ("aes192c", SnmpPrivProtocol.Aes192Cisco), ("aes256c", SnmpPrivProtocol.Aes256Cisco));

    /// <summary>The inventory word for <paramref name="severity"/>, e.g. <c>warning</c>.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The word.</returns>
    public static string Of(AlertSeverity severity) => WordOf(Severities, severity);

    /// <summary>The inventory word for <paramref name="security"/>, e.g. <c>starttls</c>.</summary>
    /// <param name="security">The security.</param>
    /// <returns>The word.</returns>
    public static string Of(SmtpSecurity security) => WordOf(Securities, security);

    /// <summary>The inventory word for <paramref name="kind"/>, e.g. <c>dc-power</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The word.</returns>
    public static string Of(DeviceKind kind) => WordOf(Kinds, kind);

    /// <summary>The inventory word for <paramref name="category"/>, e.g. <c>power</c>.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The word.</returns>
    public static string Of(DeviceCategory category) => WordOf(Categories, category);

    private static string WordOf<T>(IReadOnlyDictionary<string, T> words, T value)
        where T : struct, Enum
    {
        foreach (var pair in words)
        {
            if (EqualityComparer<T>.Default.Equals(pair.Value, value))
            {
                return pair.Key;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, "No inventory word for this value.");
    }

    // A Dictionary filled once keeps insertion order, so messages list the words as written here.
    private static ReadOnlyDictionary<string, T> Build<T>(params (string Word, T Value)[] pairs) =>
        new(pairs.ToDictionary(p => p.Word, p => p.Value, StringComparer.Ordinal));
}
