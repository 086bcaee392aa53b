namespace Provisioner.Snmp.Types;

/// <summary>The noSuchObject exception value: the agent implements no object with that name.</summary>
public sealed record NoSuchObject : SnmpValue
{
    /// <summary>The single instance.</summary>
    public static NoSuchObject Instance { get; } = new();

    /// <inheritdoc/>
    public override SnmpTag Tag => SnmpTag.NoSuchObject;

    /// <inheritdoc/>
    public override string ToString() => "noSuchObject";
}
