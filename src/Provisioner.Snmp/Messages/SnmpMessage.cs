using Provisioner.Snmp.Pdus;
using Provisioner.Snmp.Types;

namespace Provisioner.Snmp.Messages;

/// <summary>
/// One message model for every version: v1/v2c use <see cref="Community"/>; v3 uses
/// <see cref="Header"/>, <see cref="SecurityParameters"/> and the scope (<see cref="ContextEngineId"/>,
/// <see cref="ContextName"/>). <see cref="Pdu"/> is null only for a v3 message whose scoped PDU is
/// still encrypted (<see cref="EncryptedScopedPdu"/>).
/// </summary>
public sealed record SnmpMessage
{
    /// <summary>msgVersion.</summary>
    public required SnmpMessageVersion Version { get; init; }

    /// <summary>The community string (v1/v2c).</summary>
    public OctetString Community { get; init; } = OctetString.Empty;

    /// <summary>msgGlobalData (v3).</summary>
    public SnmpV3Header? Header { get; init; }

    /// <summary>The USM security parameters (v3).</summary>
    public UsmSecurityParameters? SecurityParameters { get; init; }

    /// <summary>contextEngineID of the scoped PDU (v3).</summary>
    public OctetString ContextEngineId { get; init; } = OctetString.Empty;

    /// <summary>contextName of the scoped PDU (v3).</summary>
    public OctetString ContextName { get; init; } = OctetString.Empty;

    /// <summary>The PDU, or null while a v3 scoped PDU is encrypted.</summary>
    public SnmpPdu? Pdu { get; init; }

    /// <summary>The encrypted scoped PDU of a v3 authPriv message, before decryption.</summary>
    public OctetString? EncryptedScopedPdu { get; init; }

    /// <summary>Creates a community-based (v1/v2c) message.</summary>
    /// <param name="version">V1 or V2c.</param>
    /// <param name="community">The community string, for example <c>public</c>.</param>
    /// <param name="pdu">The PDU.</param>
    /// <returns>The message.</returns>
    public static SnmpMessage ForCommunity(SnmpMessageVersion version, string community, SnmpPdu pdu)
    {
        if (version == SnmpMessageVersion.V3)
        {
            throw new ArgumentException("Community messages are SNMPv1 or SNMPv2c.", nameof(version));
        }

        return new SnmpMessage { Version = version, Community = OctetString.FromString(community), Pdu = pdu };
    }
}
