namespace Provisioner.Mail;

/// <summary>The renderer for each <see cref="MailTarget"/>.</summary>
public static class MailRenderers
{
    /// <summary>Creates the renderer for <paramref name="target"/>.</summary>
    /// <param name="target">What to render.</param>
    /// <param name="timeProvider">The clock for the "rendered at" header line.</param>
    /// <returns>The renderer.</returns>
    /// <exception cref="ArgumentOutOfRangeException">For a value that is not a <see cref="MailTarget"/>.</exception>
    public static IMailRenderer For(MailTarget target, TimeProvider timeProvider) => target switch
    {
        MailTarget.Exchange => new ExchangeScriptRenderer(timeProvider),
        MailTarget.Postfix => new PostfixRenderer(timeProvider),
        MailTarget.Dns => new DnsRenderer(timeProvider),
        _ => throw new ArgumentOutOfRangeException(nameof(target), target, "Unknown mail target; use exchange, postfix or dns."),
    };
}
