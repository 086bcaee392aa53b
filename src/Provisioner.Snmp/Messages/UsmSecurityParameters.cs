using Provisioner.Snmp.Types;

namespace Provisioner.Snmp.Messages;

/// <summary>UsmSecurityParameters (RFC 3414 §2.4), carried BER-encoded in msgSecurityParameters.</summary>
/// <param name="EngineId">msgAuthoritativeEngineID.</param>
/// <param name="EngineBoots">msgAuthoritativeEngineBoots.</param>
/// <param name="EngineTime">msgAuthoritativeEngineTime in seconds.</param>
/// <param name="UserName">msgUserName.</param>
/// <param name="AuthenticationParameters">msgAuthenticationParameters (the truncated HMAC).</param>
/// <param name="PrivacyParameters">msgPrivacyParameters (the salt).</param>
public sealed record UsmSecurityParameters(
    OctetString EngineId,
    int EngineBoots,
    int EngineTime,
    OctetString UserName,
    OctetString AuthenticationParameters,
    OctetString PrivacyParameters)
{
    /// <summary>Empty parameters, as sent in a discovery request.</summary>
    public static UsmSecurityParameters Empty { get; } =
        new(OctetString.Empty, 0, 0, OctetString.Empty, OctetString.Empty, OctetString.Empty);
}
