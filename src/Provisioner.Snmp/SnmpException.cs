using System.Net;
using Provisioner.Snmp.Types;

namespace Provisioner.Snmp;

/// <summary>The base of every error raised by the SNMP engine; carries the agent and OID when known.</summary>
public class SnmpException : Exception
{
    /// <summary>Creates an exception with a generic message.</summary>
    public SnmpException()
        : base("An SNMP operation failed.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public SnmpException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public SnmpException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception with its context.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="agent">The agent endpoint involved, if any.</param>
    /// <param name="oid">The object identifier involved, if any.</param>
    /// <param name="innerException">The cause, if any.</param>
    public SnmpException(string message, IPEndPoint? agent, Oid? oid, Exception? innerException = null)
        : base(message, innerException)
    {
        Agent = agent;
        Oid = oid;
    }

    /// <summary>The agent endpoint the operation talked to, when known.</summary>
    public IPEndPoint? Agent { get; }

    /// <summary>The object identifier the error concerns, when known.</summary>
    public Oid? Oid { get; }
}
