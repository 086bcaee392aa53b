namespace Provisioner.Abstractions;

/// <summary>A <see cref="SecretReference"/> could not be resolved. The message names the reference and never a value.</summary>
public sealed class SecretResolutionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SecretResolutionException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong and what to do.</param>
    public SecretResolutionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    /// <param name="message">What went wrong and what to do.</param>
    /// <param name="innerException">The I/O error behind it.</param>
    public SecretResolutionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The reference that failed; null when unknown.</summary>
    public SecretReference? Reference { get; init; }
}
