namespace Provisioner.Abstractions;

/// <summary>Maps <see cref="NotificationSettings"/> onto the setting catalogue.</summary>
public static class SettingMap
{
    /// <summary>
    /// Returns the canonical value of every catalogue key for <paramref name="settings"/>. A null
    /// <see cref="NotificationSettings.AuthUser"/> becomes empty text (no authentication); a null
    /// <see cref="NotificationSettings.AuthPassword"/> leaves <c>smtp.auth.password</c> out (unmanaged).
    /// The password is resolved through <paramref name="secrets"/> only when present.
    /// </summary>
    /// <param name="settings">The desired settings.</param>
    /// <param name="secrets">Resolves the password reference.</param>
    /// <returns>The values by key, in catalogue order.</returns>
    /// <exception cref="SecretResolutionException">The password reference cannot be resolved.</exception>
    public static IReadOnlyDictionary<SettingKey, SettingValue> ToValues(NotificationSettings settings, ISecretResolver secrets)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(secrets);
        var values = new SortedDictionary<SettingKey, SettingValue>(SettingKey.CatalogueOrder)
        {
            [SettingKey.SmtpEnabled] = new BooleanValue(settings.Enabled),
            [SettingKey.SmtpRelay] = new TextValue(settings.RelayAddress),
            [SettingKey.SmtpPort] = new IntegerValue(settings.RelayPort),
            [SettingKey.SmtpSecurity] = new SecurityValue(settings.Security),
            [SettingKey.SmtpAuthUser] = new TextValue(settings.AuthUser ?? string.Empty),
            [SettingKey.SmtpFrom] = new TextValue(settings.FromAddress),
            [SettingKey.SmtpRecipients] = new RecipientsValue(settings.Recipients),
            [SettingKey.AlertsMinimumSeverity] = new SeverityValue(settings.MinimumSeverity),
        };
        if (settings.AuthPassword is { } reference)
        {
            values[SettingKey.SmtpAuthPassword] = new SecretValue(secrets.Resolve(reference));
        }

        return values;
    }
}
