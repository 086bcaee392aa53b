using System.Net;
using Provisioner.Snmp.Types;

namespace Provisioner.Snmp;

/// <summary>
/// Raised when SNMPv3 security fails: the agent reported unknownUserName, wrongDigest,
/// decryptionError or unsupportedSecLevel, or a response could not be authenticated.
/// </summary>
public sealed class SnmpAuthenticationException : SnmpException
{
    /// <summary>Creates an exception with a generic message.</summary>
    public SnmpAuthenticationException()
        : base("SNMPv3 authentication failed.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">The message.</param>
    public SnmpAuthenticationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public SnmpAuthenticationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception naming the report the agent sent.</summary>
    /// <param name="message">What failed and what to check.</param>
    /// <param name="agent">The agent.</param>
    /// <param name="reportOid">The usmStats counter OID of the report (for example usmStatsWrongDigests.0).</param>
    /// <param name="userName">The USM user name used.</param>
    public SnmpAuthenticationException(string message, IPEndPoint agent, Oid? reportOid, string? userName)
        : base(message, agent, reportOid)
    {
        ReportOid = reportOid;
        UserName = userName;
    }

    /// <summary>The usmStats counter OID of the agent's report, when the failure came from a report.</summary>
    public Oid? ReportOid { get; }

    /// <summary>The USM user name used for the request.</summary>
    public string? UserName { get; }
}
