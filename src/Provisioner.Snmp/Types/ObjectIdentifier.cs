namespace Provisioner.Snmp.Types;

/// <summary>An OBJECT IDENTIFIER value, for example <c>sysObjectID</c>.</summary>
/// <param name="Value">The identifier.</param>
public sealed record ObjectIdentifier(Oid Value) : SnmpValue
{
    /// <inheritdoc/>
    public override SnmpTag Tag => SnmpTag.ObjectIdentifier;

    /// <inheritdoc/>
    public override string ToString() => Value.ToString();
}
