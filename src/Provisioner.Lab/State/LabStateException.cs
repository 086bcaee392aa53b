namespace Provisioner.Lab.State;

/// <summary>A lab map or lab state file is missing, malformed or does not fit the running lab.</summary>
public sealed class LabStateException : Exception
{
    /// <summary>Creates the exception.</summary>
    public LabStateException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong, where, and what to do.</param>
    public LabStateException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    /// <param name="message">What is wrong, where, and what to do.</param>
    /// <param name="innerException">The cause.</param>
    public LabStateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
