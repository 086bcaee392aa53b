using System.Net;
using Provisioner.Abstractions;

namespace Provisioner.Core;

/// <summary>
/// Puts desired and observed values into one canonical form before comparing, so that what devices
/// add (case, padding, bracketed IPv6, per-recipient levels they fill in) does not show as a change.
/// </summary>
public static class SettingNormalizer
{
    /// <summary>Normalises <paramref name="value"/> of <paramref name="key"/>.</summary>
    /// <param name="key">The setting.</param>
    /// <param name="value">The value.</param>
    /// <param name="recipients">The driver's recipient model: levels are dropped when it has none per recipient.</param>
    /// <param name="recipientDefault">The level to assume for a recipient without one, when the model has per-recipient levels (the desired <c>alerts.minimum_severity</c>).</param>
    /// <returns>The canonical value.</returns>
    public static SettingValue Normalize(SettingKey key, SettingValue value, RecipientModel recipients, AlertSeverity recipientDefault)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(recipients);
        return value switch
        {
            TextValue text => new TextValue(NormalizeText(key.Type, text.Value)),
            RecipientsValue list => new RecipientsValue(
                [.. list.Value.Select(r => NormalizeRecipient(r, recipients.PerRecipientSeverity, recipientDefault))]),
            _ => value,
        };
    }

    /// <summary>Normalises one text value by its type: IP literals in canonical form, e-mail lower-case, text trimmed of padding.</summary>
    /// <param name="type">The setting type.</param>
    /// <param name="text">The raw text.</param>
    /// <returns>The canonical text.</returns>
    public static string NormalizeText(SettingType type, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim().Trim('\0').Trim();
        return type switch
        {
            SettingType.IpAddress => NormalizeAddress(trimmed),
            SettingType.Email => trimmed.ToLowerInvariant(),
            _ => trimmed,
        };
    }

    private static string NormalizeAddress(string text)
    {
        var unbracketed = text.StartsWith('[') && text.EndsWith(']') ? text[1..^1] : text;
        return IPAddress.TryParse(unbracketed, out var address) ? address.ToString() : text.ToLowerInvariant();
    }

    private static Recipient NormalizeRecipient(Recipient recipient, bool perRecipientSeverity, AlertSeverity recipientDefault) =>
        new(NormalizeText(SettingType.Email, recipient.Address), perRecipientSeverity ? recipient.MinimumSeverity ?? recipientDefault : null);
}
