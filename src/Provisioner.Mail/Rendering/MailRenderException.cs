using Provisioner.Abstractions;

namespace Provisioner.Mail;

/// <summary>The inventory lacks something a renderer needs, e.g. the relay's host name for the DNS CNAME.</summary>
public sealed class MailRenderException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is missing and what to add.</param>
    /// <param name="source">Where in the inventory it belongs; null when unknown.</param>
    public MailRenderException(string message, SourceLocation? source)
        : base(source is null ? message : $"{source}: {message}")
    {
        Source = source;
    }

    /// <summary>Creates the exception.</summary>
    public MailRenderException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public MailRenderException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public MailRenderException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Where in the inventory the missing value belongs; null when unknown.</summary>
    public new SourceLocation? Source { get; }
}
