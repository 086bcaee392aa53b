namespace Provisioner.Abstractions;

/// <summary>The device refused the credentials (wrong community, unknown v3 user, wrong digest, HTTP 401/403, SSH auth failure). The engine reports <c>auth-failed</c>. Never retried.</summary>
public sealed class DeviceAuthenticationException : DeviceException
{
    /// <summary>Creates the exception.</summary>
    public DeviceAuthenticationException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What failed, where, and what to check.</param>
    public DeviceAuthenticationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the transport's own exception.</summary>
    /// <param name="message">What failed, where, and what to check.</param>
    /// <param name="innerException">The transport exception behind it.</param>
    public DeviceAuthenticationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
