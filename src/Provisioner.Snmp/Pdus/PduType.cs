namespace Provisioner.Snmp.Pdus;

/// <summary>The PDU kinds of RFC 3416 and RFC 1157, valued as their BER identifier octets.</summary>
#pragma warning disable CA1028 // The wire octet is the natural underlying type.
public enum PduType : byte
#pragma warning restore CA1028
{
    /// <summary>GetRequest-PDU ([0]).</summary>
    GetRequest = 0xA0,

    /// <summary>GetNextRequest-PDU ([1]).</summary>
    GetNextRequest = 0xA1,

    /// <summary>Response-PDU ([2]).</summary>
    Response = 0xA2,

    /// <summary>SetRequest-PDU ([3]).</summary>
    SetRequest = 0xA3,

    /// <summary>SNMPv1 Trap-PDU ([4]), decoded only.</summary>
    TrapV1 = 0xA4,

    /// <summary>GetBulkRequest-PDU ([5]).</summary>
    GetBulkRequest = 0xA5,

    /// <summary>InformRequest-PDU ([6]).</summary>
    InformRequest = 0xA6,

    /// <summary>SNMPv2-Trap-PDU ([7]).</summary>
    TrapV2 = 0xA7,

    /// <summary>Report-PDU ([8]).</summary>
    Report = 0xA8,
}
