namespace Provisioner.Snmp.Messages;

/// <summary>The msgGlobalData header of an SNMPv3 message (RFC 3412 §6).</summary>
/// <param name="MessageId">msgID, pairing a response with its request.</param>
/// <param name="MaxSize">msgMaxSize, the largest message the sender can receive (484 or more).</param>
/// <param name="Flags">msgFlags.</param>
/// <param name="SecurityModel">msgSecurityModel; 3 is USM.</param>
public sealed record SnmpV3Header(int MessageId, int MaxSize, MessageFlags Flags, int SecurityModel = SnmpV3Header.UserBasedSecurityModel)
{
    /// <summary>The security model number of USM (RFC 3411).</summary>
    public const int UserBasedSecurityModel = 3;
}
