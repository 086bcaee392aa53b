namespace Provisioner.Snmp.Tests.Interop;

/// <summary>The operations every matrix row is exercised with; the columns of the table.</summary>
internal enum InteropOperation
{
    /// <summary>Get of sysDescr.0 and sysName.0.</summary>
    Get,

    /// <summary>GetNext from sysDescr (returns sysDescr.0).</summary>
    GetNext,

    /// <summary>GetBulk over the system group (not in SNMPv1).</summary>
    GetBulk,

    /// <summary>A walk of the system group.</summary>
    Walk,

    /// <summary>Set of sysContact.0 and sysLocation.0 in one PDU, then Get of both.</summary>
    SetGet,
}
