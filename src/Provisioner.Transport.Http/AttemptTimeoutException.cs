namespace Provisioner.Transport.Http;

/// <summary>One attempt of a call ran past the per-request timeout (the caller did not cancel).</summary>
internal sealed class AttemptTimeoutException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AttemptTimeoutException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public AttemptTimeoutException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception around the cancellation the timeout caused.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cancellation.</param>
    public AttemptTimeoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
