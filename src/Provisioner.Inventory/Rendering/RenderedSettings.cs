using Provisioner.Abstractions;

namespace Provisioner.Inventory.Rendering;

/// <summary>The JSON form of <see cref="NotificationSettings"/>: inventory words for enumerations, references as <c>env:</c>/<c>file:</c> text.</summary>
public sealed record RenderedSettings
{
    /// <summary>Whether alert e-mail is on.</summary>
    public required bool Enabled { get; init; }

    /// <summary>The relay IP address.</summary>
    public required string RelayAddress { get; init; }

    /// <summary>The relay port.</summary>
    public required int RelayPort { get; init; }

    /// <summary><c>none</c>, <c>starttls</c> or <c>tls</c>.</summary>
    public required string Security { get; init; }

    /// <summary>The SMTP AUTH user, or null.</summary>
    public string? AuthUser { get; init; }

    /// <summary>The SMTP AUTH password reference (<c>env:NAME</c>), never the password; or null.</summary>
    public string? AuthPassword { get; init; }

    /// <summary>The sender address.</summary>
    public required string FromAddress { get; init; }

    /// <summary>The recipient addresses in order.</summary>
    public required IReadOnlyList<string> Recipients { get; init; }

    /// <summary><c>informational</c>, <c>warning</c>, <c>minor</c>, <c>major</c> or <c>critical</c>.</summary>
    public required string MinimumSeverity { get; init; }

    /// <summary>Renders <paramref name="settings"/>.</summary>
    /// <param name="settings">The canonical settings.</param>
    /// <returns>The JSON form.</returns>
    public static RenderedSettings From(NotificationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new RenderedSettings
        {
            Enabled = settings.Enabled,
            RelayAddress = settings.RelayAddress,
            RelayPort = settings.RelayPort,
            Security = InventoryNames.Of(settings.Security),
            AuthUser = settings.AuthUser,
            AuthPassword = settings.AuthPassword?.ToString(),
            FromAddress = settings.FromAddress,
            Recipients = [.. settings.Recipients.Select(r => r.Address)],
            MinimumSeverity = InventoryNames.Of(settings.MinimumSeverity),
        };
    }

    /// <summary>Reads the canonical settings back.</summary>
    /// <returns>The settings.</returns>
    /// <exception cref="FormatException">A word or reference is not one the inventory format knows.</exception>
    public NotificationSettings ToSettings()
    {
        SecretReference? password = null;
        if (AuthPassword is not null && !SecretReference.TryParse(AuthPassword, out password))
        {
            throw new FormatException("authPassword must be an env:NAME or file:PATH reference; the document holds something else (not shown: it may be a secret).");
        }

        return new NotificationSettings
        {
            Enabled = Enabled,
            RelayAddress = RelayAddress,
            RelayPort = RelayPort,
            Security = Word(InventoryNames.Securities, Security, "security"),
            AuthUser = AuthUser,
            AuthPassword = password,
            FromAddress = FromAddress,
            Recipients = [.. Recipients.Select(r => new Recipient(r))],
            MinimumSeverity = Word(InventoryNames.Severities, MinimumSeverity, "minimumSeverity"),
        };
    }

    /// <summary>Every value as display text by its setting's <see cref="SettingKey.Name"/>, in catalogue order (the names <c>plan</c> and the reports use).</summary>
    /// <returns>The pairs; an unset auth user or password is <c>none</c>, recipients are comma-separated.</returns>
    public IEnumerable<KeyValuePair<string, string>> Entries()
    {
        yield return new(SettingKey.SmtpEnabled.Name, Enabled ? "true" : "false");
        yield return new(SettingKey.SmtpRelay.Name, RelayAddress);
        yield return new(SettingKey.SmtpPort.Name, RelayPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        yield return new(SettingKey.SmtpSecurity.Name, Security);
        yield return new(SettingKey.SmtpAuthUser.Name, AuthUser ?? "none");
        yield return new(SettingKey.SmtpAuthPassword.Name, AuthPassword ?? "none");
        yield return new(SettingKey.SmtpFrom.Name, FromAddress);
        yield return new(SettingKey.SmtpRecipients.Name, string.Join(", ", Recipients));
        yield return new(SettingKey.AlertsMinimumSeverity.Name, MinimumSeverity);
    }

    private static T Word<T>(IReadOnlyDictionary<string, T> words, string value, string name) =>
        words.TryGetValue(value, out var result) ? result : throw new FormatException($"{name} '{value}' is not one of {string.Join(", ", words.Keys)}.");
}
