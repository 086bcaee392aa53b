namespace Provisioner.Abstractions;

/// <summary>
/// The device stopped answering within the request timeout, after the transport's own retries.
/// The engine reports <c>timeout</c>; the runner retries the device with back-off.
/// </summary>
public sealed class DeviceTimeoutException : DeviceException
{
    /// <summary>Creates the exception.</summary>
    public DeviceTimeoutException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What timed out, where.</param>
    public DeviceTimeoutException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the transport's own exception.</summary>
    /// <param name="message">What timed out, where.</param>
    /// <param name="innerException">The transport exception behind it.</param>
    public DeviceTimeoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>How long was waited in total, when known.</summary>
    public TimeSpan? Waited { get; init; }

    /// <summary>How many attempts were made, when known.</summary>
    public int? Attempts { get; init; }
}
