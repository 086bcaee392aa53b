namespace Provisioner.Delivery.Tests.MailServers;

/// <summary>A fact that needs real Postfix and Dovecot; it says why it is skipped when either binary is missing.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class MailPeersFactAttribute : FactAttribute
{
    /// <summary>Creates the attribute; skips when <c>postfix</c> or <c>dovecot</c> is not installed.</summary>
    public MailPeersFactAttribute()
    {
        if (MailPeers.Missing() is { } missing)
        {
            Skip = $"{missing} is not installed: 'apt-get install postfix dovecot-imapd' (.ci/run installs both) to run the delivery tests against a real relay and a real IMAP mailbox.";
        }
    }
}
