namespace Provisioner.Snmp.Types;

/// <summary>The value of a variable binding: one of the SMI types or an RFC 3416 exception value.</summary>
public abstract record SnmpValue
{
    /// <summary>The BER identifier octet of this value's encoding.</summary>
    public abstract SnmpTag Tag { get; }

    /// <summary>Whether this is one of the exception values noSuchObject, noSuchInstance or endOfMibView.</summary>
    public bool IsException => Tag is SnmpTag.NoSuchObject or SnmpTag.NoSuchInstance or SnmpTag.EndOfMibView;
}
