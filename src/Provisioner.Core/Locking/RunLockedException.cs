namespace Provisioner.Core;

/// <summary>Another run holds the lock of this inventory. The message says who, since when, and what to do.</summary>
public sealed class RunLockedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RunLockedException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">Who holds the lock and what to do.</param>
    public RunLockedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    /// <param name="message">Who holds the lock and what to do.</param>
    /// <param name="innerException">The I/O error behind it.</param>
    public RunLockedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The lock file path.</summary>
    public string? LockPath { get; init; }

    /// <summary>The holder, when the file could be read.</summary>
    public RunLockInfo? Holder { get; init; }
}
