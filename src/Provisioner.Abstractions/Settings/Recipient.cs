namespace Provisioner.Abstractions;

/// <summary>One address a device e-mails alerts to, in the order the device holds them.</summary>
/// <param name="Address">The e-mail address, e.g. <c>alerts-power@contoso.com</c>. Compared case-insensitively.</param>
/// <param name="MinimumSeverity">
/// The least severe alert this recipient gets, for devices that keep a level per recipient
/// (e.g. Eaton SC200 <c>email-Receiver-Level</c>); null where the device has one level for all.
/// </param>
public sealed record Recipient(string Address, AlertSeverity? MinimumSeverity = null)
{
    /// <summary>Equality ignores the case of <see cref="Address"/>, as mail systems do for the domain and in practice the local part.</summary>
    /// <param name="other">The other recipient.</param>
    /// <returns>True when both name the same address and level.</returns>
    public bool Equals(Recipient? other) =>
        other is not null
        && string.Equals(Address, other.Address, StringComparison.OrdinalIgnoreCase)
        && MinimumSeverity == other.MinimumSeverity;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(Address), MinimumSeverity);

    /// <summary>Returns the address, with the level in brackets when there is one.</summary>
    public override string ToString() => MinimumSeverity is { } level ? $"{Address} [{level.ToString().ToLowerInvariant()}+]" : Address;
}
