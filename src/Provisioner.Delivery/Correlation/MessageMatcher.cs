namespace Provisioner.Delivery;

/// <summary>
/// Ties a message in the watched mailbox to a device: the token in the subject or body when the device
/// carried it; otherwise the device's sender address, an arrival after the trigger, and no other run's token.
/// </summary>
public static class MessageMatcher
{
    /// <summary>The correlation word for a token match.</summary>
    public const string ByToken = "token";

    /// <summary>The correlation word for a sender-and-time match.</summary>
    public const string BySenderAndTime = "sender and time";

    /// <summary>How <paramref name="message"/> matches <paramref name="expectation"/>: <see cref="ByToken"/>, <see cref="BySenderAndTime"/>, or null.</summary>
    /// <param name="expectation">The device's expectation.</param>
    /// <param name="message">A message from the mailbox.</param>
    /// <param name="clockSkew">How far before the trigger an arrival may be stamped (the mailbox server's clock and second resolution).</param>
    /// <returns>The correlation word, or null when the message is not this device's.</returns>
    public static string? Match(DeliveryExpectation expectation, MailboxMessage message, TimeSpan clockSkew)
    {
        ArgumentNullException.ThrowIfNull(expectation);
        ArgumentNullException.ThrowIfNull(message);
        if (message.ArrivedAt < expectation.Since - clockSkew)
        {
            return null;
        }

        if (expectation.Token is { } token
            && (message.Subject.Contains(token, StringComparison.Ordinal) || message.Body.Contains(token, StringComparison.Ordinal)))
        {
            return ByToken;
        }

        if (!string.Equals(message.Sender, expectation.Sender, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return CorrelationToken.Present(message.Subject) || CorrelationToken.Present(message.Body) ? null : BySenderAndTime;
    }
}
