namespace Provisioner.Delivery;

/// <summary>What the watched mailbox should receive for one device.</summary>
/// <param name="Device">The device's inventory name.</param>
/// <param name="Sender">The sender address the device sends from.</param>
/// <param name="Token">The correlation token, or null when none was sent (<c>--await</c>).</param>
/// <param name="Since">When the trigger was sent; earlier messages are not this run's.</param>
/// <param name="Recipients">The device's recipients.</param>
public sealed record DeliveryExpectation(string Device, string Sender, string? Token, DateTimeOffset Since, IReadOnlyList<ExpectedRecipient> Recipients)
{
    /// <summary>True when every observable recipient has a copy among <paramref name="matched"/> (or, with none observable, any copy arrived).</summary>
    /// <param name="matched">The copies matched to this device.</param>
    /// <returns>Whether the wait for this device is over.</returns>
    public bool IsComplete(IReadOnlyCollection<MailboxMessage> matched)
    {
        ArgumentNullException.ThrowIfNull(matched);
        var observable = Recipients.Where(r => r.Observable).ToList();
        return observable.Count == 0 ? matched.Count > 0 : observable.All(r => Reached(r, matched));
    }

    /// <summary>Whether a copy delivered for <paramref name="recipient"/> is among <paramref name="matched"/>.</summary>
    /// <param name="recipient">The recipient.</param>
    /// <param name="matched">The copies matched to this device.</param>
    /// <returns>True when reached.</returns>
    public static bool Reached(ExpectedRecipient recipient, IEnumerable<MailboxMessage> matched)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        return matched.Any(m => m.DeliveredFor.Contains(recipient.Address, StringComparer.OrdinalIgnoreCase));
    }
}
