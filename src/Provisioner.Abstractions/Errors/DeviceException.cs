namespace Provisioner.Abstractions;

/// <summary>
/// Base of the typed transport failures drivers throw. Carries the context the engine reports:
/// <see cref="Endpoint"/> and <see cref="Operation"/>. Messages never contain a secret (the engine
/// redacts them again anyway).
/// </summary>
public abstract class DeviceException : Exception
{
    /// <summary>Creates the exception.</summary>
    protected DeviceException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What failed, where, and what to check.</param>
    protected DeviceException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the transport's own exception.</summary>
    /// <param name="message">What failed, where, and what to check.</param>
    /// <param name="innerException">The transport exception behind it.</param>
    protected DeviceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The device endpoint, e.g. <c>127.0.0.5:161</c> or <c>https://10.6.1.21/api</c>; null when unknown.</summary>
    public string? Endpoint { get; init; }

    /// <summary>What was being done: an OID (<c>GET 1.3.6.1.2.1.1.2.0</c>), an HTTP call (<c>PUT /api/smtp</c>) or a CLI command; null when unknown.</summary>
    public string? Operation { get; init; }
}
