namespace Provisioner.Cli.Snmp;

/// <summary>
/// A troubleshooting command was given arguments it cannot use: the message says which argument,
/// what is wrong with it and what is expected.
/// </summary>
internal sealed class SnmpUsageException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SnmpUsageException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong and what to do.</param>
    public SnmpUsageException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What is wrong and what to do.</param>
    /// <param name="innerException">The parse failure behind it.</param>
    public SnmpUsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
