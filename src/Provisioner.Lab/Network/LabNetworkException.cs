namespace Provisioner.Lab.Network;

/// <summary>The lab was asked to bind or connect to a non-loopback address, or could not bind at all.</summary>
public sealed class LabNetworkException : Exception
{
    /// <summary>Creates the exception.</summary>
    public LabNetworkException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong and what to do.</param>
    public LabNetworkException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    /// <param name="message">What went wrong and what to do.</param>
    /// <param name="innerException">The cause.</param>
    public LabNetworkException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
