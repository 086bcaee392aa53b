namespace Provisioner.Snmp.Security;

/// <summary>The SNMPv3 security level (RFC 3411).</summary>
public enum SecurityLevel
{
    /// <summary>Neither authenticated nor encrypted.</summary>
    NoAuthNoPriv = 0,

    /// <summary>Authenticated, not encrypted.</summary>
    AuthNoPriv = 1,

    /// <summary>Authenticated and encrypted.</summary>
    AuthPriv = 2,
}
