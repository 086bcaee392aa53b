namespace Provisioner.Abstractions;

/// <summary>The device could not be reached: no route, connection refused, host name not resolvable, or TLS/host-key verification of the peer failed. The engine reports <c>unreachable</c>.</summary>
public sealed class DeviceUnreachableException : DeviceException
{
    /// <summary>Creates the exception.</summary>
    public DeviceUnreachableException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What failed, where, and what to check.</param>
    public DeviceUnreachableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the transport's own exception.</summary>
    /// <param name="message">What failed, where, and what to check.</param>
    /// <param name="innerException">The transport exception behind it.</param>
    public DeviceUnreachableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
