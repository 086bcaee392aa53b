namespace Provisioner.Snmp.Types;

/// <summary>The noSuchInstance exception value: the object exists but this instance does not.</summary>
public sealed record NoSuchInstance : SnmpValue
{
    /// <summary>The single instance.</summary>
    public static NoSuchInstance Instance { get; } = new();

    /// <inheritdoc/>
    public override SnmpTag Tag => SnmpTag.NoSuchInstance;

    /// <inheritdoc/>
    public override string ToString() => "noSuchInstance";
}
