using Provisioner.Abstractions;

namespace Provisioner.Inventory;

/// <summary>Where each value of a device's desired <see cref="Provisioner.Abstractions.NotificationSettings"/> came from.</summary>
public sealed record DeviceProvenance
{
    /// <summary>Origin of <c>Enabled</c>.</summary>
    public required Provenance Enabled { get; init; }

    /// <summary>Origin of <c>RelayAddress</c>.</summary>
    public required Provenance RelayAddress { get; init; }

    /// <summary>Origin of <c>RelayPort</c>.</summary>
    public required Provenance RelayPort { get; init; }

    /// <summary>Origin of <c>Security</c>.</summary>
    public required Provenance Security { get; init; }

    /// <summary>Origin of <c>AuthUser</c> and <c>AuthPassword</c>.</summary>
    public required Provenance Auth { get; init; }

    /// <summary>Origin of <c>FromAddress</c>.</summary>
    public required Provenance FromAddress { get; init; }

    /// <summary>Origin of <c>Recipients</c>.</summary>
    public required Provenance Recipients { get; init; }

    /// <summary>Origin of <c>MinimumSeverity</c>.</summary>
    public required Provenance MinimumSeverity { get; init; }

    /// <summary>Every origin by its setting's <see cref="SettingKey.Name"/> (<c>smtp.relay</c>, …), in catalogue order; both auth keys share <see cref="Auth"/>.</summary>
    /// <returns>The pairs.</returns>
    public IEnumerable<KeyValuePair<string, Provenance>> Entries()
    {
        yield return new(SettingKey.SmtpEnabled.Name, Enabled);
        yield return new(SettingKey.SmtpRelay.Name, RelayAddress);
        yield return new(SettingKey.SmtpPort.Name, RelayPort);
        yield return new(SettingKey.SmtpSecurity.Name, Security);
        yield return new(SettingKey.SmtpAuthUser.Name, Auth);
        yield return new(SettingKey.SmtpAuthPassword.Name, Auth);
        yield return new(SettingKey.SmtpFrom.Name, FromAddress);
        yield return new(SettingKey.SmtpRecipients.Name, Recipients);
        yield return new(SettingKey.AlertsMinimumSeverity.Name, MinimumSeverity);
    }
}
