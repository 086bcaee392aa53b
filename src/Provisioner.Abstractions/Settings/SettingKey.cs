using System.Diagnostics.CodeAnalysis;

namespace Provisioner.Abstractions;

/// <summary>
/// One entry of the canonical, vendor-neutral setting catalogue. The catalogue is closed: the only
/// instances are the static members below, so a driver may support a subset but cannot invent keys.
/// Each key maps onto one property of <see cref="NotificationSettings"/> (see <see cref="SettingMap"/>).
/// Keys compare by <see cref="Name"/>; <see cref="CatalogueOrder"/> sorts them.
/// </summary>
public sealed class SettingKey : IEquatable<SettingKey>
{
    private SettingKey(string name, SettingType type, int order, string description)
    {
        Name = name;
        Type = type;
        Order = order;
        Description = description;
    }

    /// <summary><c>smtp.enabled</c>: whether the device sends alert e-mail (<see cref="NotificationSettings.Enabled"/>).</summary>
    public static SettingKey SmtpEnabled { get; } = new("smtp.enabled", SettingType.Boolean, 0, "Whether the device sends alert e-mail.");

    /// <summary><c>smtp.relay</c>: the relay as an IP literal (<see cref="NotificationSettings.RelayAddress"/>).</summary>
    public static SettingKey SmtpRelay { get; } = new("smtp.relay", SettingType.IpAddress, 1, "The SMTP relay, an IP address literal.");

    /// <summary><c>smtp.port</c>: the relay's TCP port, 1–65535 (<see cref="NotificationSettings.RelayPort"/>).</summary>
    public static SettingKey SmtpPort { get; } = new("smtp.port", SettingType.Number, 2, "The relay's TCP port.");

    /// <summary><c>smtp.security</c>: none, starttls or tls (<see cref="NotificationSettings.Security"/>).</summary>
    public static SettingKey SmtpSecurity { get; } = new("smtp.security", SettingType.Security, 3, "How the connection to the relay is protected.");

    /// <summary><c>smtp.auth.user</c>: the SMTP AUTH user; empty text means no authentication (<see cref="NotificationSettings.AuthUser"/>).</summary>
    public static SettingKey SmtpAuthUser { get; } = new("smtp.auth.user", SettingType.Text, 4, "The SMTP AUTH user name; empty for none.");

    /// <summary><c>smtp.auth.password</c>: the SMTP AUTH password, write-only on every device (<see cref="NotificationSettings.AuthPassword"/>).</summary>
    public static SettingKey SmtpAuthPassword { get; } = new("smtp.auth.password", SettingType.Secret, 5, "The SMTP AUTH password.");

    /// <summary><c>smtp.from</c>: the sender address (<see cref="NotificationSettings.FromAddress"/>).</summary>
    public static SettingKey SmtpFrom { get; } = new("smtp.from", SettingType.Email, 6, "The sender address, named after the device.");

    /// <summary><c>smtp.recipients</c>: the ordered recipients with optional per-recipient level (<see cref="NotificationSettings.Recipients"/>).</summary>
    public static SettingKey SmtpRecipients { get; } = new("smtp.recipients", SettingType.RecipientList, 7, "The recipients, in device order.");

    /// <summary><c>alerts.minimum_severity</c>: the least severe alert e-mailed (<see cref="NotificationSettings.MinimumSeverity"/>).</summary>
    public static SettingKey AlertsMinimumSeverity { get; } = new("alerts.minimum_severity", SettingType.Severity, 8, "The least severe alert that is e-mailed.");

    /// <summary>Orders keys by <see cref="Order"/> (catalogue order), for sorted collections and reports.</summary>
    public static IComparer<SettingKey> CatalogueOrder { get; } = Comparer<SettingKey>.Create((a, b) => a.Order.CompareTo(b.Order));

    /// <summary>Every key of the catalogue, in catalogue order.</summary>
    public static IReadOnlyList<SettingKey> All { get; } =
        [SmtpEnabled, SmtpRelay, SmtpPort, SmtpSecurity, SmtpAuthUser, SmtpAuthPassword, SmtpFrom, SmtpRecipients, AlertsMinimumSeverity];

    /// <summary>The dotted name used in reports, diagnostics paths and the inventory, e.g. <c>smtp.relay</c>.</summary>
    public string Name { get; }

    /// <summary>The canonical value type.</summary>
    public SettingType Type { get; }

    /// <summary>The position in the catalogue; reports list settings in this order.</summary>
    public int Order { get; }

    /// <summary>A one-line description for generated docs and the support matrix.</summary>
    public string Description { get; }

    /// <summary>Finds the catalogue key named <paramref name="name"/> (ordinal, exact).</summary>
    /// <param name="name">A name such as <c>smtp.from</c>.</param>
    /// <param name="key">The key, or null.</param>
    /// <returns>True when the name is in the catalogue.</returns>
    public static bool TryParse(string? name, [NotNullWhen(true)] out SettingKey? key)
    {
        key = null;
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Name, name, StringComparison.Ordinal))
            {
                key = candidate;
            }
        }

        return key is not null;
    }

    /// <summary>The diagnostic path of one element of a list setting, e.g. <c>smtp.recipients[2]</c> (0-based).</summary>
    /// <param name="index">The 0-based element index.</param>
    /// <returns>The path text.</returns>
    public string PathAt(int index) => $"{Name}[{index}]";

    /// <inheritdoc/>
    public bool Equals(SettingKey? other) => other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SettingKey);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);


    /// <summary>Returns <see cref="Name"/>.</summary>
    public override string ToString() => Name;
}
