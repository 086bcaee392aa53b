namespace Provisioner.Abstractions;

/// <summary>
/// A write, commit or restore was attempted on a session opened with <see cref="SessionMode.ReadOnly"/>.
/// Nothing was sent to the device. This is a bug in the caller, never a device condition.
/// </summary>
public sealed class ReadOnlySessionException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public ReadOnlySessionException()
        : base("The session is read-only (plan or diff); nothing was written.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What was attempted, on which device.</param>
    public ReadOnlySessionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    /// <param name="message">What was attempted, on which device.</param>
    /// <param name="innerException">The cause.</param>
    public ReadOnlySessionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
