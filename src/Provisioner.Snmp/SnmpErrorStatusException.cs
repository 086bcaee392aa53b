using System.Net;
using Provisioner.Snmp.Pdus;
using Provisioner.Snmp.Types;

namespace Provisioner.Snmp;

/// <summary>Raised when an agent answers with a non-zero error-status.</summary>
public sealed class SnmpErrorStatusException : SnmpException
{
    /// <summary>Creates an exception with a generic message.</summary>
    public SnmpErrorStatusException()
        : base("The SNMP agent answered with an error status.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">The message.</param>
    public SnmpErrorStatusException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public SnmpErrorStatusException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception from the agent's response.</summary>
    /// <param name="agent">The agent that answered.</param>
    /// <param name="request">The request type sent.</param>
    /// <param name="errorStatus">The error-status of the response.</param>
    /// <param name="errorIndex">The one-based error-index of the response (0 when none).</param>
    /// <param name="failingOid">The OID at the error index, when the index points at a binding.</param>
    /// <param name="responseVarBinds">The variable bindings of the response.</param>
    public SnmpErrorStatusException(
        IPEndPoint agent,
        PduType request,
        SnmpErrorStatus errorStatus,
        int errorIndex,
        Oid? failingOid,
        IReadOnlyList<VarBind> responseVarBinds)
        : base(BuildMessage(agent, request, errorStatus, errorIndex, failingOid), agent, failingOid)
    {
        Request = request;
        ErrorStatus = errorStatus;
        ErrorIndex = errorIndex;
        ResponseVarBinds = responseVarBinds;
    }

    /// <summary>The request type that failed.</summary>
    public PduType Request { get; }

    /// <summary>The error-status the agent returned.</summary>
    public SnmpErrorStatus ErrorStatus { get; }

    /// <summary>The one-based index of the failing binding (0 when the error concerns no binding).</summary>
    public int ErrorIndex { get; }

    /// <summary>The variable bindings of the response.</summary>
    public IReadOnlyList<VarBind> ResponseVarBinds { get; } = [];

    private static string BuildMessage(IPEndPoint agent, PduType request, SnmpErrorStatus status, int index, Oid? oid)
    {
        var where = oid is null ? $"error-index {index}" : $"binding {index} ({oid})";
        return $"SNMP agent {agent} rejected the {request} with {status} at {where}.";
    }
}
