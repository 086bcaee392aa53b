using Provisioner.Abstractions;

namespace Provisioner.Core;

/// <summary>
/// The values a device that lacks a setting behaves as if it held: mail enabled, port 25, no TLS, no
/// AUTH user. Desiring these from a device without the setting is not worth a warning.
/// </summary>
internal static class CatalogueDefaults
{
    public static bool IsDefault(SettingKey key, SettingValue value) =>
        value.IsEmpty
        || (key.Equals(SettingKey.SmtpEnabled) && value is BooleanValue { Value: true })
        || (key.Equals(SettingKey.SmtpPort) && value is IntegerValue { Value: 25 })
        || (key.Equals(SettingKey.SmtpSecurity) && value is SecurityValue { Value: SmtpSecurity.None });
}
