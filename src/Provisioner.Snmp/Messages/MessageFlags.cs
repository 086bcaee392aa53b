namespace Provisioner.Snmp.Messages;

/// <summary>The msgFlags octet of an SNMPv3 message (RFC 3412 §6.4).</summary>
[Flags]
#pragma warning disable CA1028 // The wire octet is the natural underlying type.
public enum MessageFlags : byte
#pragma warning restore CA1028
{
    /// <summary>noAuthNoPriv, not reportable.</summary>
    None = 0,

    /// <summary>The message is authenticated.</summary>
    Auth = 1,

    /// <summary>The scoped PDU is encrypted (requires <see cref="Auth"/>).</summary>
    Priv = 2,

    /// <summary>The receiver should send a Report on failure.</summary>
    Reportable = 4,
}
