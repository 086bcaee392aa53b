namespace Provisioner.Snmp.Types;

/// <summary>The endOfMibView exception value: nothing follows the requested name.</summary>
public sealed record EndOfMibView : SnmpValue
{
    /// <summary>The single instance.</summary>
    public static EndOfMibView Instance { get; } = new();

    /// <inheritdoc/>
    public override SnmpTag Tag => SnmpTag.EndOfMibView;

    /// <inheritdoc/>
    public override string ToString() => "endOfMibView";
}
