namespace Provisioner.Abstractions;

/// <summary>The device answered something the driver cannot understand or an unexpected protocol error (malformed packet, unexpected HTTP status, unknown CLI prompt). The engine reports <c>error</c>.</summary>
public sealed class DeviceProtocolException : DeviceException
{
    /// <summary>Creates the exception.</summary>
    public DeviceProtocolException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What failed, where, and what to check.</param>
    public DeviceProtocolException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the transport's own exception.</summary>
    /// <param name="message">What failed, where, and what to check.</param>
    /// <param name="innerException">The transport exception behind it.</param>
    public DeviceProtocolException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
