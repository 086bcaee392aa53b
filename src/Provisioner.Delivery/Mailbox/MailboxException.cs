namespace Provisioner.Delivery;

/// <summary>The watched mailbox cannot be read: unreachable, login refused, untrusted certificate, no such folder. The message names the mailbox, never the password.</summary>
public sealed class MailboxException : Exception
{
    /// <summary>Creates the exception.</summary>
    public MailboxException()
        : this("The mailbox cannot be read.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong, naming the mailbox.</param>
    public MailboxException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong, naming the mailbox.</param>
    /// <param name="innerException">The cause.</param>
    public MailboxException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
