namespace Provisioner.Snmp.Types;

/// <summary>The NULL value, used as the value of every variable binding in a request.</summary>
public sealed record Null : SnmpValue
{
    /// <summary>The single instance.</summary>
    public static Null Instance { get; } = new();

    /// <inheritdoc/>
    public override SnmpTag Tag => SnmpTag.Null;

    /// <inheritdoc/>
    public override string ToString() => "NULL";
}
