namespace Provisioner.Abstractions;

/// <summary>
/// The canonical, vendor-neutral alert e-mail settings of one device: what the inventory says a
/// device should hold, or what a driver read from it. Drivers map these to and from their wire form.
/// Equality is by value, including the order of <see cref="Recipients"/> (devices keep them in slots).
/// </summary>
/// <example>
/// Relay <c>10.6.0.25:25</c>, no TLS, from <c>ups-ny-01@contoso.com</c>, to
/// <c>alerts-newyork-power@contoso.com</c> and <c>alerts-critical@contoso.com</c>, warnings and worse.
/// </example>
public sealed record NotificationSettings
{
    /// <summary>Whether the device sends alert e-mail at all.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>The SMTP relay as an IP address literal (IPv4 or IPv6), never a DNS name.</summary>
    public required string RelayAddress { get; init; }

    /// <summary>The relay's TCP port, 1–65535; 25 by default.</summary>
    public int RelayPort { get; init; } = 25;

    /// <summary>How the connection to the relay is protected.</summary>
    public SmtpSecurity Security { get; init; } = SmtpSecurity.None;

    /// <summary>The SMTP AUTH user name; null when the device relays unauthenticated (the guideline's way).</summary>
    public string? AuthUser { get; init; }

    /// <summary>
    /// Where the SMTP AUTH password lives; null when there is none. The value is write-only on every
    /// device, so a comparison of it is <em>unverifiable</em>, never <em>differs</em>.
    /// </summary>
    public SecretReference? AuthPassword { get; init; }

    /// <summary>The sender address, e.g. <c>nas1@contoso.com</c>: named after the device, not deliverable.</summary>
    public required string FromAddress { get; init; }

    /// <summary>The recipients in the order the device holds them: distribution groups only.</summary>
    public IReadOnlyList<Recipient> Recipients { get; init; } = [];

    /// <summary>The least severe alert the device e-mails; the guideline asks for <see cref="AlertSeverity.Warning"/> or worse.</summary>
    public AlertSeverity MinimumSeverity { get; init; } = AlertSeverity.Warning;

    /// <summary>Value equality over every property; recipients compare in order.</summary>
    /// <param name="other">The other settings.</param>
    /// <returns>True when every setting is equal.</returns>
    public bool Equals(NotificationSettings? other) =>
        other is not null
        && Enabled == other.Enabled
        && string.Equals(RelayAddress, other.RelayAddress, StringComparison.OrdinalIgnoreCase)
        && RelayPort == other.RelayPort
        && Security == other.Security
        && string.Equals(AuthUser, other.AuthUser, StringComparison.Ordinal)
        && Equals(AuthPassword, other.AuthPassword)
        && string.Equals(FromAddress, other.FromAddress, StringComparison.OrdinalIgnoreCase)
        && Recipients.SequenceEqual(other.Recipients)
        && MinimumSeverity == other.MinimumSeverity;

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Enabled);
        hash.Add(RelayAddress, StringComparer.OrdinalIgnoreCase);
        hash.Add(RelayPort);
        hash.Add(Security);
        hash.Add(AuthUser, StringComparer.Ordinal);
        hash.Add(AuthPassword);
        hash.Add(FromAddress, StringComparer.OrdinalIgnoreCase);
        foreach (var r in Recipients)
        {
            hash.Add(r);
        }

        hash.Add(MinimumSeverity);
        return hash.ToHashCode();
    }
}
