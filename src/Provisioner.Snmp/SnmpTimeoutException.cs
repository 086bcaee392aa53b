using System.Net;
using Provisioner.Snmp.Pdus;

namespace Provisioner.Snmp;

/// <summary>Raised when an agent did not answer within the timeout on any attempt.</summary>
public sealed class SnmpTimeoutException : SnmpException
{
    /// <summary>Creates an exception with a generic message.</summary>
    public SnmpTimeoutException()
        : base("The SNMP agent did not answer in time.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What timed out.</param>
    public SnmpTimeoutException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    /// <param name="message">What timed out.</param>
    /// <param name="innerException">The cause.</param>
    public SnmpTimeoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception with its context.</summary>
    /// <param name="agent">The agent that did not answer.</param>
    /// <param name="request">The request type sent.</param>
    /// <param name="attempts">How many times the request was sent.</param>
    /// <param name="timeout">The time waited for each attempt.</param>
    public SnmpTimeoutException(IPEndPoint agent, PduType request, int attempts, TimeSpan timeout)
        : this(agent, request, attempts, timeout, "check that it is reachable, listens on that port and accepts these credentials")
    {
    }

    /// <summary>Creates an exception with its context and a specific hint of what to check.</summary>
    /// <param name="agent">The agent that did not answer.</param>
    /// <param name="request">The request type sent.</param>
    /// <param name="attempts">How many times the request was sent.</param>
    /// <param name="timeout">The time waited for each attempt.</param>
    /// <param name="hint">What the user should check, for example the privacy settings.</param>
    public SnmpTimeoutException(IPEndPoint agent, PduType request, int attempts, TimeSpan timeout, string hint)
        : base($"SNMP agent {agent} did not answer the {request} after {attempts} attempt(s) of {timeout.TotalSeconds:0.###} s each; {hint}.", agent, null)
    {
        Request = request;
        Attempts = attempts;
        Timeout = timeout;
    }

    /// <summary>The request type that timed out.</summary>
    public PduType Request { get; }

    /// <summary>How many times the request was sent.</summary>
    public int Attempts { get; }

    /// <summary>The time waited for each attempt.</summary>
    public TimeSpan Timeout { get; }
}
